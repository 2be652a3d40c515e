package org.serge.core.status;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.serge.core.id.Snowflake;

/**
 * The versions of edited statuses (status_edits). {@link StatusRepository#update} keeps them, in the edit's
 * transaction: before the first edit the version it replaces, then every new version. A remote Update that
 * changes none of text, content warning, sensitivity and poll options (Mastodon's poll counts) is no new version.
 */
public final class StatusEditRepository {

    private final Pool pool;

    public StatusEditRepository(Pool pool) {
        this.pool = pool;
    }

    /** The versions of a status, oldest (the original) first; empty when it was never edited. */
    public Future<List<StatusEdit>> history(long statusId) {
        return pool.preparedQuery("SELECT id, status_id, account_id, content, spoiler_text, sensitive, poll_options,"
                        + " created_at FROM status_edits WHERE status_id = $1 ORDER BY id")
                .execute(Tuple.of(statusId))
                .map(rows -> {
                    List<StatusEdit> edits = new ArrayList<>();
                    rows.forEach(row -> edits.add(edit(row)));
                    return edits;
                });
    }

    /**
     * In an edit's transaction, before the status row changes: locks it, tells whether the new version differs (a
     * local edit always counts), and stores the version it replaces when it is the first edit.
     */
    static Future<Boolean> beforeUpdate(SqlClient tx, StatusDraft draft) {
        Status s = draft.status();
        return tx.preparedQuery("SELECT s.content, s.spoiler_text, s.sensitive, p.options FROM statuses s"
                        + " LEFT JOIN polls p ON p.status_id = s.id WHERE s.id = $1 FOR UPDATE OF s")
                .execute(Tuple.of(s.id()))
                .compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.succeededFuture(false);
                    }
                    Row row = rows.iterator().next();
                    String[] options = row.getArrayOfStrings("options");
                    List<String> before = options == null ? null : Arrays.asList(options);
                    List<String> after = draft.poll() == null ? null : draft.poll().options();
                    boolean changed = s.local()
                            || !Objects.equals(row.getString("content"), nullToEmpty(s.content()))
                            || !Objects.equals(row.getString("spoiler_text"), nullToEmpty(s.spoilerText()))
                            || row.getBoolean("sensitive") != s.sensitive()
                            || !Objects.equals(before, after);
                    if (!changed) {
                        return Future.succeededFuture(false);
                    }
                    // statuses edited before versions were kept: their current version dates from their last edit
                    return tx.preparedQuery("INSERT INTO status_edits (id, status_id, account_id, content,"
                                    + " spoiler_text, sensitive, poll_options, created_at)"
                                    + " SELECT $2, s.id, s.account_id, s.content, s.spoiler_text, s.sensitive,"
                                    + " (SELECT p.options FROM polls p WHERE p.status_id = s.id),"
                                    + " coalesce(s.edited_at, s.created_at) FROM statuses s WHERE s.id = $1"
                                    + " AND NOT EXISTS (SELECT 1 FROM status_edits e WHERE e.status_id = $1)")
                            .execute(Tuple.of(s.id(), Snowflake.next()))
                            .map(true);
                });
    }

    /** In the edit's transaction, after the status row changed: stores the new version. */
    static Future<Void> afterUpdate(SqlClient tx, StatusDraft draft) {
        Status s = draft.status();
        Poll poll = draft.poll();
        return tx.preparedQuery("INSERT INTO status_edits (id, status_id, account_id, content, spoiler_text,"
                        + " sensitive, poll_options, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7,"
                        + " coalesce($8, now()))")
                .execute(Tuple.from(new Object[]{Snowflake.next(), s.id(), s.accountId(), nullToEmpty(s.content()),
                        nullToEmpty(s.spoilerText()), s.sensitive(),
                        poll == null ? null : poll.options().toArray(new String[0]), s.editedAt()}))
                .mapEmpty();
    }

    private static StatusEdit edit(Row row) {
        String[] options = row.getArrayOfStrings("poll_options");
        return new StatusEdit(row.getLong("id"), row.getLong("status_id"), row.getLong("account_id"),
                row.getString("content"), row.getString("spoiler_text"), row.getBoolean("sensitive"),
                options == null ? null : Arrays.asList(options), row.getOffsetDateTime("created_at"));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
