package org.serge.core.status;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.serge.core.conversation.ConversationRepository;
import org.serge.core.streaming.EventPublisher;
import org.serge.core.streaming.StreamEvent;

/** SQL over statuses and what hangs off them: mentions, tags, polls. */
public final class StatusRepository {

    private static final String SELECT = "SELECT " + StatusRowMapper.COLUMNS + " FROM statuses s ";

    private final Pool pool;

    public StatusRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<Status> insert(StatusDraft draft) {
        return pool.withTransaction(tx -> insert(tx, draft));
    }

    /** Inserts a status and, in the same transaction, whatever {@code alsoInTransaction} does with it. */
    public Future<Status> insert(StatusDraft draft,
                                 java.util.function.Function<SqlClient, Future<Void>> alsoInTransaction) {
        return pool.withTransaction(tx -> insert(tx, draft).compose(s -> alsoInTransaction.apply(tx).map(s)));
    }

    /** Inserts a status inside the caller's transaction. A status whose uri is known already is a 409. */
    public Future<Status> insert(SqlClient tx, StatusDraft draft) {
        Status s = draft.status();
        return tx.preparedQuery("INSERT INTO statuses (id, uri, url, account_id, local, object_type, visibility,"
                        + " in_reply_to_id, in_reply_to_uri, reblog_of_id, title, content, source_text, spoiler_text,"
                        + " sensitive, language, ap_object, created_at, edited_at) VALUES ($1, $2, $3, $4, $5, $6, $7,"
                        + " $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::text::jsonb, $18, $19)")
                .execute(Tuple.from(new Object[]{s.id(), s.uri(), s.url(), s.accountId(), s.local(), s.objectType(),
                        s.visibility().wireName(), s.inReplyToId(), s.inReplyToUri(), s.reblogOfId(), s.title(),
                        s.content(), s.sourceText(), s.spoilerText(), s.sensitive(), s.language(), draft.apObject(),
                        s.createdAt(), s.editedAt()}))
                .compose(r -> attachments(tx, s.id(), draft))
                .compose(r -> s.visibility() == Visibility.DIRECT && s.reblogOfId() == null
                        ? ConversationRepository.addStatus(tx, s, draft.mentionedAccountIds()) : Future.succeededFuture())
                .compose(r -> EventPublisher.publish(tx, StreamEvent.status(StreamEvent.Kind.STATUS_CREATED, s.id(),
                        s.accountId(), s.visibility().wireName())))
                .map(s);
    }

    /**
     * Replaces the content of an edited status and what hangs off it, and keeps the versions (status_edits). A
     * remote Update that changes nothing of what a version holds (e.g. only poll counts) keeps edited_at.
     */
    public Future<Status> update(StatusDraft draft) {
        Status s = draft.status();
        return pool.withTransaction(tx -> StatusEditRepository.beforeUpdate(tx, draft).compose(newVersion -> tx
                        .preparedQuery("UPDATE statuses SET title = $2, content = $3,"
                                + " source_text = $4, spoiler_text = $5, sensitive = $6, language = $7,"
                                + " ap_object = $8::text::jsonb, edited_at = CASE WHEN $11 THEN $9 ELSE edited_at END,"
                                + " visibility = $10 WHERE id = $1")
                        .execute(Tuple.from(new Object[]{s.id(), s.title(), s.content(), s.sourceText(),
                                s.spoilerText(), s.sensitive(), s.language(), draft.apObject(), s.editedAt(),
                                s.visibility().wireName(), newVersion}))
                        .compose(r -> tx.preparedQuery("DELETE FROM status_mentions WHERE status_id = $1")
                                .execute(Tuple.of(s.id())))
                        .compose(r -> tx.preparedQuery("DELETE FROM status_tags WHERE status_id = $1")
                                .execute(Tuple.of(s.id())))
                        .compose(r -> tx.preparedQuery("DELETE FROM polls WHERE status_id = $1"
                                + " RETURNING ended_notified_at, expires_at").execute(Tuple.of(s.id())))
                        .compose(oldPoll -> attachments(tx, s.id(), draft).compose(v -> keepEndingTold(tx, s.id(),
                                oldPoll)))
                        // an edit that starts a local poll again (its counts back at zero) drops the votes cast
                        .compose(r -> !s.local() ? Future.succeededFuture() : tx.preparedQuery("DELETE FROM poll_votes"
                                + " WHERE status_id = $1 AND NOT EXISTS (SELECT 1 FROM polls p WHERE p.status_id = $1"
                                + " AND EXISTS (SELECT 1 FROM unnest(p.votes) n WHERE n > 0))")
                                .execute(Tuple.of(s.id())).mapEmpty())
                        .compose(r -> newVersion ? StatusEditRepository.afterUpdate(tx, draft)
                                : Future.succeededFuture())
                        .compose(r -> EventPublisher.publish(tx, StreamEvent.status(StreamEvent.Kind.STATUS_UPDATED,
                                s.id(), s.accountId(), s.visibility().wireName())))))
                .map(s);
    }

    /**
     * A poll whose end was told of stays told of when an Update re-writes it (other servers send one with the final
     * counts after the end); one that an edit gave another end is told of again at that end.
     */
    private static Future<Void> keepEndingTold(SqlClient tx, long statusId, RowSet<Row> oldPoll) {
        if (oldPoll.size() == 0 || oldPoll.iterator().next().getOffsetDateTime("ended_notified_at") == null) {
            return Future.succeededFuture();
        }
        Row old = oldPoll.iterator().next();
        return tx.preparedQuery("UPDATE polls SET ended_notified_at = $2 WHERE status_id = $1"
                        + " AND expires_at IS NOT DISTINCT FROM $3")
                .execute(Tuple.of(statusId, old.getOffsetDateTime("ended_notified_at"),
                        old.getOffsetDateTime("expires_at")))
                .mapEmpty();
    }

    public Future<Optional<Status>> findById(long id) {
        return pool.preparedQuery(SELECT + "WHERE s.id = $1").execute(Tuple.of(id)).map(StatusRepository::first);
    }

    public Future<Optional<Status>> findByUri(String uri) {
        return pool.preparedQuery(SELECT + "WHERE s.uri = $1").execute(Tuple.of(uri)).map(StatusRepository::first);
    }

    public Future<Optional<Status>> findReblog(long accountId, long statusId) {
        return pool.preparedQuery(SELECT + "WHERE s.account_id = $1 AND s.reblog_of_id = $2")
                .execute(Tuple.of(accountId, statusId))
                .map(StatusRepository::first);
    }

    public Future<List<Long>> mentionedAccountIds(long statusId) {
        return pool.preparedQuery("SELECT account_id FROM status_mentions WHERE status_id = $1 ORDER BY account_id")
                .execute(Tuple.of(statusId))
                .map(rows -> {
                    List<Long> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getLong(0)));
                    return ids;
                });
    }

    public Future<List<String>> tags(long statusId) {
        return pool.preparedQuery("SELECT name FROM status_tags WHERE status_id = $1 ORDER BY name")
                .execute(Tuple.of(statusId))
                .map(rows -> {
                    List<String> tags = new ArrayList<>();
                    rows.forEach(row -> tags.add(row.getString(0)));
                    return tags;
                });
    }

    public Future<Optional<Poll>> poll(long statusId) {
        return pool.preparedQuery("SELECT multiple, options, votes, voters_count, expires_at FROM polls"
                        + " WHERE status_id = $1")
                .execute(Tuple.of(statusId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new Poll(row.getBoolean("multiple"), List.of(row.getArrayOfStrings("options")),
                            List.of(row.getArrayOfIntegers("votes")), row.getInteger("voters_count"),
                            row.getOffsetDateTime("expires_at")));
                });
    }

    public Future<Void> updatePollCounts(long statusId, List<Integer> votes, Integer votersCount) {
        return pool.preparedQuery("UPDATE polls SET votes = $2, voters_count = $3 WHERE status_id = $1")
                .execute(Tuple.of(statusId, votes.toArray(new Integer[0]), votersCount))
                .mapEmpty();
    }

    /** Deletes a status; its boosts, mentions, tags, poll and favourites go with it. */
    public Future<Boolean> delete(long id) {
        // the boosts go by cascade; they are deleted explicitly so that streaming clients hear of them too
        return pool.withTransaction(tx -> tx.preparedQuery("DELETE FROM statuses WHERE id = $1 OR reblog_of_id = $1"
                                + " RETURNING id, account_id, visibility")
                        .execute(Tuple.of(id))
                        .compose(rows -> {
                            boolean deleted = false;
                            Future<Void> published = Future.succeededFuture();
                            for (Row row : rows) {
                                deleted |= row.getLong("id") == id;
                                StreamEvent event = StreamEvent.status(StreamEvent.Kind.STATUS_DELETED,
                                        row.getLong("id"), row.getLong("account_id"), row.getString("visibility"));
                                published = published.compose(v -> EventPublisher.publish(tx, event));
                            }
                            boolean found = deleted;
                            List<Long> ids = new ArrayList<>();
                            rows.forEach(row -> ids.add(row.getLong("id")));
                            return published.compose(v -> ConversationRepository.afterDelete(tx, ids)).map(found);
                        }));
    }

    /** An account's statuses of the given visibilities, newest first, below maxId when given. */
    public Future<List<Status>> byAccount(long accountId, Set<Visibility> visibilities, Long maxId, int limit) {
        String[] names = visibilities.stream().map(Visibility::wireName).toArray(String[]::new);
        return pool.preparedQuery(SELECT + "WHERE s.account_id = $1 AND s.visibility = ANY($2)"
                        + " AND ($3::bigint IS NULL OR s.id < $3) ORDER BY s.id DESC LIMIT $4")
                .execute(Tuple.of(accountId, names, maxId, limit))
                .map(StatusRepository::all);
    }

    /** An account's pinned statuses, the latest pinned first (only public or unlisted statuses are pinned). */
    public Future<List<Status>> pinnedBy(long accountId) {
        return pool.preparedQuery(SELECT + "JOIN status_pins p ON p.status_id = s.id AND p.account_id = s.account_id"
                        + " WHERE p.account_id = $1 AND s.visibility IN ('public', 'unlisted') ORDER BY p.id DESC")
                .execute(Tuple.of(accountId))
                .map(StatusRepository::all);
    }

    public Future<Long> countByAccount(long accountId, Set<Visibility> visibilities) {
        String[] names = visibilities.stream().map(Visibility::wireName).toArray(String[]::new);
        return pool.preparedQuery("SELECT count(*) FROM statuses WHERE account_id = $1 AND visibility = ANY($2)")
                .execute(Tuple.of(accountId, (Object) names))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private static Future<Void> attachments(SqlClient tx, long statusId, StatusDraft draft) {
        Future<?> chain = Future.succeededFuture();
        if (!draft.mentionedAccountIds().isEmpty()) {
            List<Tuple> batch = new ArrayList<>();
            draft.mentionedAccountIds().stream().distinct().forEach(id -> batch.add(Tuple.of(statusId, id)));
            chain = chain.compose(r -> tx.preparedQuery("INSERT INTO status_mentions (status_id, account_id)"
                    + " VALUES ($1, $2) ON CONFLICT DO NOTHING").executeBatch(batch));
        }
        if (!draft.tags().isEmpty()) {
            List<Tuple> batch = new ArrayList<>();
            draft.tags().stream().distinct().forEach(tag -> batch.add(Tuple.of(statusId, tag)));
            chain = chain.compose(r -> tx.preparedQuery("INSERT INTO status_tags (status_id, name) VALUES ($1, $2)"
                    + " ON CONFLICT DO NOTHING").executeBatch(batch));
        }
        Poll poll = draft.poll();
        if (poll != null) {
            chain = chain.compose(r -> tx.preparedQuery("INSERT INTO polls (status_id, multiple, options, votes,"
                            + " voters_count, expires_at) VALUES ($1, $2, $3, $4, $5, $6)")
                    .execute(Tuple.of(statusId, poll.multiple(), poll.options().toArray(new String[0]),
                            poll.votes().toArray(new Integer[0]), poll.votersCount(), poll.expiresAt())));
        }
        return chain.mapEmpty();
    }

    private static Optional<Status> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(StatusRowMapper.status(rows.iterator().next()));
    }

    private static List<Status> all(RowSet<Row> rows) {
        List<Status> statuses = new ArrayList<>(rows.size());
        rows.forEach(row -> statuses.add(StatusRowMapper.status(row)));
        return statuses;
    }
}
