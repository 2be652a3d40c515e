package org.serge.core.search;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQL for search: accounts by username or display-name prefix (local and known remote), statuses by words (only
 * those a viewer may find: public local ones and their own), hashtags by prefix (as used on public statuses).
 */
public final class SearchRepository {

    private final Pool pool;

    public SearchRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Ids of accounts whose username (or display name) starts with {@code username} and, when {@code domain} is
     * given, whose domain starts with it ("" for local accounts only). Exact usernames first, then local
     * accounts. {@code followedBy}: only accounts that member follows. The node's Application actor is left out.
     */
    public Future<List<Long>> accounts(String username, String domain, Long followedBy, int limit, int offset) {
        String prefix = like(username);
        String sql = "SELECT a.id FROM accounts a WHERE a.actor_type <> 'Application'"
                + " AND (lower(a.username) LIKE $1 ESCAPE '\\'"
                + (domain == null ? " OR lower(a.display_name) LIKE $1 ESCAPE '\\'"
                        + " OR lower(a.display_name) LIKE '% ' || $1 ESCAPE '\\')" : ")")
                + (domain == null ? " AND $2::text IS NULL"
                        : " AND ($2 = '' AND a.domain IS NULL OR $2 <> '' AND lower(a.domain) LIKE $2 ESCAPE '\\')")
                + " AND ($3::bigint IS NULL OR EXISTS (SELECT 1 FROM follows f WHERE f.account_id = $3"
                + " AND f.target_account_id = a.id))"
                + " ORDER BY (lower(a.username) = $4) DESC, (a.domain IS NULL) DESC, lower(a.username), a.id"
                + " LIMIT $5 OFFSET $6";
        return pool.preparedQuery(sql)
                .execute(Tuple.of(prefix, domain == null ? null : domain.isEmpty() ? "" : like(domain), followedBy,
                        username.toLowerCase(java.util.Locale.ROOT), limit, offset))
                .map(SearchRepository::ids);
    }

    /**
     * Ids of statuses with all the words of {@code text}, newest first, among those the viewer may find: public
     * statuses of this node and the viewer's own (never others' unlisted, followers-only or direct posts, and
     * nothing by accounts the viewer blocks). Boosts are left out. {@code accountId}: only that author's.
     */
    public Future<List<Long>> statuses(Long viewerId, String text, Long accountId, int limit, int offset) {
        String sql = "SELECT s.id FROM statuses s WHERE s.reblog_of_id IS NULL AND s.local"
                + " AND (s.visibility = 'public' OR s.account_id = $1)"
                + " AND ($3::bigint IS NULL OR s.account_id = $3)"
                + " AND ($1::bigint IS NULL OR NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = $1"
                + " AND b.target_account_id = s.account_id))"
                + " AND to_tsvector('simple', coalesce(s.source_text, '')) @@ plainto_tsquery('simple', $2)"
                + " ORDER BY s.id DESC LIMIT $4 OFFSET $5";
        return pool.preparedQuery(sql).execute(Tuple.of(viewerId, text, accountId, limit, offset))
                .map(SearchRepository::ids);
    }

    /** The id of the status with this ActivityPub id or web address, when this node has it. */
    public Future<Optional<Long>> statusByUriOrUrl(String address) {
        return pool.preparedQuery("SELECT id FROM statuses WHERE uri = $1 UNION SELECT id FROM statuses"
                        + " WHERE url = $1 LIMIT 1")
                .execute(Tuple.of(address))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong(0)));
    }

    /** Hashtags used on public statuses that start with the prefix, the exact one first, then the most used. */
    public Future<List<String>> hashtags(String prefix, int limit, int offset) {
        return pool.preparedQuery("SELECT t.name FROM status_tags t JOIN statuses s ON s.id = t.status_id"
                        + " WHERE s.visibility = 'public' AND t.name LIKE $1 ESCAPE '\\' GROUP BY t.name"
                        + " ORDER BY (t.name = $2) DESC, count(*) DESC, t.name LIMIT $3 OFFSET $4")
                .execute(Tuple.of(like(prefix), prefix, limit, offset))
                .map(rows -> {
                    List<String> names = new ArrayList<>();
                    rows.forEach(row -> names.add(row.getString(0)));
                    return names;
                });
    }

    /** Which of the accounts the member follows. */
    public Future<java.util.Set<Long>> followed(long memberId, List<Long> accountIds) {
        return pool.preparedQuery("SELECT target_account_id FROM follows WHERE account_id = $1"
                        + " AND target_account_id = ANY($2)")
                .execute(Tuple.of(memberId, (Object) accountIds.toArray(new Long[0])))
                .map(rows -> {
                    java.util.Set<Long> ids = new java.util.HashSet<>();
                    rows.forEach(row -> ids.add(row.getLong(0)));
                    return ids;
                });
    }

    /** A LIKE pattern for a lower-cased prefix, its wildcards escaped. */
    static String like(String prefix) {
        return prefix.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static List<Long> ids(RowSet<Row> rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.getLong(0)));
        return ids;
    }
}
