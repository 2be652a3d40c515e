package org.serge.core.media;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL over media_attachments. */
public final class MediaRepository {

    private static final String COLUMNS = "id, account_id, status_id, type, file_key, content_type, file_size, width,"
            + " height, thumbnail_key, thumbnail_width, thumbnail_height, blurhash, focus_x, focus_y, description,"
            + " created_at";

    private final Pool pool;

    public MediaRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<MediaAttachment> insert(MediaAttachment media) {
        return pool.preparedQuery("INSERT INTO media_attachments (id, account_id, type, file_key, content_type,"
                        + " file_size, width, height, thumbnail_key, thumbnail_width, thumbnail_height, blurhash,"
                        + " focus_x, focus_y, description) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,"
                        + " $12, $13, $14, $15) RETURNING " + COLUMNS)
                .execute(Tuple.from(new Object[] {media.id(), media.accountId(), media.type(), media.fileKey(),
                        media.contentType(), media.fileSize(), media.width(), media.height(), media.thumbnailKey(),
                        media.thumbnailWidth(), media.thumbnailHeight(), media.blurhash(), media.focus().x(),
                        media.focus().y(), media.description()}))
                .map(rows -> media(rows.iterator().next()));
    }

    /** A medium of the given account, attached or not. */
    public Future<Optional<MediaAttachment>> findOwned(long id, long accountId) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM media_attachments WHERE id = $1 AND account_id = $2")
                .execute(Tuple.of(id, accountId))
                .map(MediaRepository::first);
    }

    /** Sets description and focus of an unattached medium of the account; empty when there is none such. */
    public Future<Optional<MediaAttachment>> updateUnattached(long id, long accountId, String description,
            Focus focus) {
        return pool.preparedQuery("UPDATE media_attachments SET description = $3, focus_x = $4, focus_y = $5"
                        + " WHERE id = $1 AND account_id = $2 AND status_id IS NULL RETURNING " + COLUMNS)
                .execute(Tuple.of(id, accountId, description, focus.x(), focus.y()))
                .map(MediaRepository::first);
    }

    /**
     * Attaches unattached media of the account to a status, in the order given; returns those it attached (fewer
     * than asked when some were not the account's, were attached already or do not exist). Runs on the given
     * client so that a caller can make it part of its own transaction.
     */
    public Future<List<MediaAttachment>> attach(SqlClient client, long accountId, List<Long> ids, long statusId) {
        return client.preparedQuery("UPDATE media_attachments m SET status_id = $3, position = o.position"
                        + " FROM unnest($2::bigint[]) WITH ORDINALITY AS o(id, position)"
                        + " WHERE m.id = o.id AND m.account_id = $1 AND m.status_id IS NULL"
                        + " RETURNING " + prefixed("m"))
                .execute(Tuple.of(accountId, ids.toArray(new Long[0]), statusId))
                .map(rows -> {
                    List<MediaAttachment> attached = all(rows);
                    attached.sort(java.util.Comparator.comparingInt(m -> ids.indexOf(m.id())));
                    return attached;
                });
    }

    /** How many of the given media are the account's and not attached to any status yet. */
    public Future<Integer> countAttachable(long accountId, List<Long> ids) {
        return pool.preparedQuery("SELECT count(*) FROM media_attachments WHERE id = ANY($2) AND account_id = $1"
                        + " AND status_id IS NULL")
                .execute(Tuple.of(accountId, (Object) ids.toArray(new Long[0])))
                .map(rows -> rows.iterator().next().getLong(0).intValue());
    }

    /** The media of each status, in attachment order; statuses without media are absent from the map. */
    public Future<Map<Long, List<MediaAttachment>>> byStatuses(Collection<Long> statusIds) {
        if (statusIds.isEmpty()) {
            return Future.succeededFuture(Map.of());
        }
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM media_attachments WHERE status_id = ANY($1)"
                        + " ORDER BY status_id, position, id")
                .execute(Tuple.of(statusIds.toArray(new Long[0])))
                .map(rows -> {
                    Map<Long, List<MediaAttachment>> byStatus = new LinkedHashMap<>();
                    for (MediaAttachment media : all(rows)) {
                        byStatus.computeIfAbsent(media.statusId(), k -> new ArrayList<>()).add(media);
                    }
                    return byStatus;
                });
    }

    private static String prefixed(String alias) {
        StringBuilder out = new StringBuilder();
        for (String column : COLUMNS.split(",\\s*")) {
            out.append(out.length() == 0 ? "" : ", ").append(alias).append('.').append(column);
        }
        return out.toString();
    }

    private static Optional<MediaAttachment> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(media(rows.iterator().next()));
    }

    private static List<MediaAttachment> all(RowSet<Row> rows) {
        List<MediaAttachment> list = new ArrayList<>();
        rows.forEach(row -> list.add(media(row)));
        return list;
    }

    static MediaAttachment media(Row row) {
        return new MediaAttachment(
                row.getLong("id"),
                row.getLong("account_id"),
                row.getLong("status_id"),
                row.getString("type"),
                row.getString("file_key"),
                row.getString("content_type"),
                row.getLong("file_size"),
                row.getInteger("width"),
                row.getInteger("height"),
                row.getString("thumbnail_key"),
                row.getInteger("thumbnail_width"),
                row.getInteger("thumbnail_height"),
                row.getString("blurhash"),
                new Focus(row.getDouble("focus_x"), row.getDouble("focus_y")),
                row.getString("description"),
                row.getOffsetDateTime("created_at"));
    }
}
