package org.serge.core.poll;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.serge.core.interaction.InteractionRepository;
import org.serge.core.notification.NewNotification;
import org.serge.core.notification.NotificationTypes;
import org.serge.core.outbox.Federator;
import org.serge.core.status.StatusRepository;

/**
 * When a poll ends, its author (when a member here) and the members who voted in it get a {@code poll}
 * notification, as Mastodon gives them; remote polls included, for the members who voted in them. A poll is marked
 * in the transaction that stores its notifications, so each is told of once, by whichever process gets there first.
 * A member's poll is then sent again as an Update of its Question, closed and with the final counts, to those who
 * got it: other servers show the result without fetching it.
 */
public final class PollEndings {

    static final int BATCH = 100;

    private static final String CLAIM = "WITH ended AS (UPDATE polls SET ended_notified_at = now()"
            + " WHERE status_id = ANY(ARRAY(SELECT status_id FROM polls WHERE ended_notified_at IS NULL"
            + " AND expires_at <= $1 ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)) RETURNING status_id)"
            + " SELECT DISTINCT e.status_id, s.account_id AS author, s.local, r.account_id FROM ended e"
            + " JOIN statuses s ON s.id = e.status_id"
            + " CROSS JOIN LATERAL (SELECT s.account_id WHERE s.local"
            + " UNION SELECT v.account_id FROM poll_votes v WHERE v.status_id = e.status_id) AS r(account_id)"
            + " JOIN accounts a ON a.id = r.account_id AND a.domain IS NULL";

    private final Pool pool;
    private final StatusRepository statuses;
    private final Federator federator;

    public PollEndings(Pool pool, StatusRepository statuses, Federator federator) {
        this.pool = pool;
        this.statuses = statuses;
        this.federator = federator;
    }

    /**
     * Notifies of up to {@value #BATCH} polls ended by {@code now} and not told of yet (the worker's next round takes
     * the rest); answers how many notifications went out.
     */
    public Future<Integer> notifyEnded(OffsetDateTime now) {
        Set<Long> ownPolls = new LinkedHashSet<>();
        return pool.withTransaction(tx -> tx.preparedQuery(CLAIM).execute(Tuple.of(now, BATCH))
                        .compose(rows -> {
                            List<NewNotification> notifications = new ArrayList<>();
                            for (Row row : rows) {
                                notifications.add(new NewNotification(row.getLong("account_id"),
                                        row.getLong("author"), NotificationTypes.POLL, row.getLong("status_id")));
                                if (row.getBoolean("local")) {
                                    ownPolls.add(row.getLong("status_id"));
                                }
                            }
                            return InteractionRepository.notifyAll(tx, notifications).map(notifications.size());
                        }))
                .compose(sent -> sendClosed(ownPolls).map(sent));
    }

    /** Queues the Update of each member's ended poll (after the commit: only polls really marked are sent). */
    private Future<Void> sendClosed(Set<Long> statusIds) {
        Future<Void> chain = Future.succeededFuture();
        for (long id : statusIds) {
            chain = chain.compose(v -> statuses.findById(id))
                    .compose(status -> status.isPresent() ? federator.statusUpdated(status.get())
                            : Future.<Void>succeededFuture());
        }
        return chain;
    }
}
