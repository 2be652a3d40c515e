package org.serge.core.poll;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.interaction.InteractionRepository;
import org.serge.core.notification.NewNotification;
import org.serge.core.notification.NotificationTypes;

/**
 * When a poll ends, its author (when a member here) and the members who voted in it get a {@code poll}
 * notification, as Mastodon gives them; remote polls included, for the members who voted in them. A poll is marked
 * in the transaction that stores its notifications, so each is told of once, by whichever process gets there first.
 */
public final class PollEndings {

    static final int BATCH = 100;

    private static final String CLAIM = "WITH ended AS (UPDATE polls SET ended_notified_at = now()"
            + " WHERE status_id = ANY(ARRAY(SELECT status_id FROM polls WHERE ended_notified_at IS NULL"
            + " AND expires_at <= $1 ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)) RETURNING status_id)"
            + " SELECT DISTINCT e.status_id, s.account_id AS author, r.account_id FROM ended e"
            + " JOIN statuses s ON s.id = e.status_id"
            + " CROSS JOIN LATERAL (SELECT s.account_id WHERE s.local"
            + " UNION SELECT v.account_id FROM poll_votes v WHERE v.status_id = e.status_id) AS r(account_id)"
            + " JOIN accounts a ON a.id = r.account_id AND a.domain IS NULL";

    private final Pool pool;

    public PollEndings(Pool pool) {
        this.pool = pool;
    }

    /**
     * Notifies of up to {@value #BATCH} polls ended by {@code now} and not told of yet (the worker's next round takes
     * the rest); answers how many notifications went out.
     */
    public Future<Integer> notifyEnded(OffsetDateTime now) {
        return pool.withTransaction(tx -> tx.preparedQuery(CLAIM).execute(Tuple.of(now, BATCH))
                        .compose(rows -> {
                            List<NewNotification> notifications = new ArrayList<>();
                            for (Row row : rows) {
                                notifications.add(new NewNotification(row.getLong("account_id"),
                                        row.getLong("author"), NotificationTypes.POLL, row.getLong("status_id")));
                            }
                            return InteractionRepository.notifyAll(tx, notifications).map(notifications.size());
                        }));
    }
}
