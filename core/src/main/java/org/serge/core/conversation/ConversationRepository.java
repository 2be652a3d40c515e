package org.serge.core.conversation;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.serge.core.paging.PageSql;
import org.serge.core.paging.PagedResult;
import org.serge.core.status.Status;
import org.serge.core.timeline.Page;

/**
 * SQL over members' direct conversations (see the migration V70 for the model). Direct statuses enter them in the
 * transaction that stores them, whoever stores them (a member's post, the inbox), through {@link #addStatus}; a
 * deleted status leaves them through {@link #afterDelete}. What a member is shown of a conversation is only ever a
 * status they wrote or that mentions them.
 */
public final class ConversationRepository {

    /** How far up the in_reply_to chain a new status looks for its thread's root. */
    static final int MAX_DEPTH = 100;

    /** The newest status of conversation {@code c} that its member wrote or is mentioned in. */
    private static final String SHOWN = "(SELECT cs.status_id FROM conversation_statuses cs"
            + " JOIN statuses s ON s.id = cs.status_id WHERE cs.conversation_id = c.id AND (s.account_id = c.account_id"
            + " OR EXISTS (SELECT 1 FROM status_mentions m WHERE m.status_id = s.id AND m.account_id = c.account_id))"
            + " ORDER BY cs.status_id DESC LIMIT 1)";

    private static final String SELECT = "SELECT c.id, c.account_id, c.participant_ids, c.unread, c.last_status_id, "
            + SHOWN + " AS shown FROM account_conversations c ";

    private final Pool pool;

    public ConversationRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Adds a direct status to the conversation of each of its local participants: its author and the local accounts
     * it mentions, except those who block or mute the author (as Mastodon, which files it with their notification).
     * Unread for everyone but the author. Call inside the transaction that inserts the status.
     */
    public static Future<Void> addStatus(SqlClient tx, Status status, List<Long> mentionedIds) {
        List<Long> participants = new ArrayList<>(mentionedIds);
        participants.add(status.accountId());
        String sql = "WITH RECURSIVE up (id, parent, depth) AS ("
                + " SELECT id, in_reply_to_id, 0 FROM statuses WHERE id = $1"
                + " UNION ALL SELECT p.id, p.in_reply_to_id, up.depth + 1 FROM statuses p JOIN up ON p.id = up.parent"
                + " WHERE up.depth < " + MAX_DEPTH + "),"
                + " root AS (SELECT id FROM up ORDER BY depth DESC LIMIT 1),"
                + " parts AS (SELECT DISTINCT unnest($2::bigint[]) AS id),"
                + " owners AS (SELECT a.id FROM accounts a WHERE a.id IN (SELECT id FROM parts) AND a.domain IS NULL"
                + " AND (a.id = $3 OR (NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = a.id"
                + " AND b.target_account_id = $3) AND NOT EXISTS (SELECT 1 FROM mutes mu WHERE mu.account_id = a.id"
                + " AND mu.target_account_id = $3 AND (mu.expires_at IS NULL OR mu.expires_at > now()))))),"
                + " saved AS (INSERT INTO account_conversations (account_id, thread, participant_ids, last_status_id,"
                + " unread) SELECT o.id, (SELECT id FROM root), ARRAY(SELECT p.id FROM parts p WHERE p.id <> o.id"
                + " ORDER BY p.id), $1, o.id <> $3 FROM owners o"
                + " ON CONFLICT (account_id, thread, participant_ids) DO UPDATE SET"
                + " last_status_id = GREATEST(account_conversations.last_status_id, EXCLUDED.last_status_id),"
                + " unread = EXCLUDED.unread RETURNING id)"
                + " INSERT INTO conversation_statuses (conversation_id, status_id) SELECT id, $1 FROM saved"
                + " ON CONFLICT DO NOTHING";
        return tx.preparedQuery(sql)
                .execute(Tuple.of(status.id(), participants.toArray(new Long[0]), status.accountId()))
                .mapEmpty();
    }

    /**
     * After statuses were deleted (their conversation_statuses rows went with them): conversations left without
     * statuses go, the others get their newest remaining status as paging key. Call in the deleting transaction.
     */
    public static Future<Void> afterDelete(SqlClient tx, List<Long> statusIds) {
        if (statusIds.isEmpty()) {
            return Future.succeededFuture();
        }
        Long[] ids = statusIds.toArray(new Long[0]);
        return tx.preparedQuery("DELETE FROM account_conversations c WHERE c.last_status_id = ANY($1::bigint[])"
                        + " AND NOT EXISTS (SELECT 1 FROM conversation_statuses cs WHERE cs.conversation_id = c.id)")
                .execute(Tuple.of((Object) ids))
                .compose(r -> tx.preparedQuery("UPDATE account_conversations c SET last_status_id ="
                                + " (SELECT max(cs.status_id) FROM conversation_statuses cs WHERE cs.conversation_id = c.id)"
                                + " WHERE c.last_status_id = ANY($1::bigint[])")
                        .execute(Tuple.of((Object) ids)))
                .mapEmpty();
    }

    /**
     * A member's conversations, newest status first, paged by the newest status's id. Conversations with nothing
     * left to show are read (for paging) but not returned.
     */
    public Future<PagedResult<Conversation>> page(long accountId, Page page) {
        return pool.preparedQuery(SELECT + "WHERE c.account_id = $1" + PageSql.clause(page, "c.last_status_id", 2))
                .execute(PageSql.params(page, Tuple.of(accountId)))
                .map(rows -> {
                    List<Conversation> items = new ArrayList<>();
                    List<Long> keys = new ArrayList<>();
                    List<Conversation> shown = new ArrayList<>();
                    rows.forEach(row -> {
                        Conversation c = conversation(row);
                        keys.add(row.getLong("last_status_id"));
                        items.add(c);
                    });
                    PagedResult<Conversation> all = PagedResult.of(page, items, keys);
                    all.items().stream().filter(c -> c.lastStatusId() != null).forEach(shown::add);
                    return new PagedResult<>(List.copyOf(shown), all.newestKey(), all.oldestKey());
                });
    }

    /** The member's conversation with this id; empty when it is someone else's or has nothing to show. */
    public Future<Optional<Conversation>> find(long accountId, long id) {
        return pool.preparedQuery(SELECT + "WHERE c.id = $1 AND c.account_id = $2")
                .execute(Tuple.of(id, accountId))
                .map(rows -> rows.size() == 0 ? Optional.<Conversation>empty()
                        : Optional.of(conversation(rows.iterator().next())).filter(c -> c.lastStatusId() != null));
    }

    /** The member's conversation holding a status, if any (for the direct stream). */
    public Future<Optional<Conversation>> findByStatus(long accountId, long statusId) {
        return pool.preparedQuery(SELECT + "JOIN conversation_statuses cx ON cx.conversation_id = c.id"
                        + " WHERE cx.status_id = $1 AND c.account_id = $2")
                .execute(Tuple.of(statusId, accountId))
                .map(rows -> rows.size() == 0 ? Optional.<Conversation>empty()
                        : Optional.of(conversation(rows.iterator().next())).filter(c -> c.lastStatusId() != null));
    }

    /** Marks the member's conversation read; false when they have no such conversation. */
    public Future<Boolean> markRead(long accountId, long id) {
        return pool.preparedQuery("UPDATE account_conversations SET unread = FALSE WHERE id = $1 AND account_id = $2")
                .execute(Tuple.of(id, accountId))
                .map(rows -> rows.rowCount() > 0);
    }

    /** Removes the member's conversation (never the statuses); false when they have no such conversation. */
    public Future<Boolean> delete(long accountId, long id) {
        return pool.preparedQuery("DELETE FROM account_conversations WHERE id = $1 AND account_id = $2")
                .execute(Tuple.of(id, accountId))
                .map(rows -> rows.rowCount() > 0);
    }

    private static Conversation conversation(Row row) {
        Long[] participants = row.getArrayOfLongs("participant_ids");
        return new Conversation(row.getLong("id"), row.getLong("account_id"),
                participants == null ? List.of() : List.of(participants), row.getBoolean("unread"),
                row.getLong("shown"));
    }
}
