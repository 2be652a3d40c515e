package org.serge.core.status;

import io.vertx.sqlclient.Row;

/** Rows of the statuses table as records. */
public final class StatusRowMapper {

    public static final String COLUMNS = "s.id, s.uri, s.url, s.account_id, s.local, s.object_type, s.visibility,"
            + " s.in_reply_to_id, s.in_reply_to_uri, s.reblog_of_id, s.title, s.content, s.source_text,"
            + " s.spoiler_text, s.sensitive, s.language, s.created_at, s.edited_at";

    private StatusRowMapper() {
    }

    public static Status status(Row row) {
        return new Status(
                row.getLong("id"),
                row.getString("uri"),
                row.getString("url"),
                row.getLong("account_id"),
                row.getBoolean("local"),
                row.getString("object_type"),
                Visibility.parse(row.getString("visibility")),
                row.getLong("in_reply_to_id"),
                row.getString("in_reply_to_uri"),
                row.getLong("reblog_of_id"),
                row.getString("title"),
                row.getString("content"),
                row.getString("source_text"),
                row.getString("spoiler_text"),
                row.getBoolean("sensitive"),
                row.getString("language"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("edited_at"));
    }
}
