package org.serge.core.solidarity.follow;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.solidarity.vocab.Sector;

/**
 * The struggle feed's rows (account, report status, follow). Written on both sides of a match, so that reading
 * is one index range: when a report is stored, for every follow it matches ({@link #fanOut}); when a follow is
 * made, for the newest reports already known that match it ({@link #backfill}). Only public report statuses
 * enter the feed, and never those of an author the member blocks.
 */
public final class StruggleFeedRepository {

    /** How many known reports a new follow brings into the feed at most, newest first. */
    static final int BACKFILL = 1000;

    private static final String NOT_BLOCKED = " AND NOT EXISTS (SELECT 1 FROM blocks b"
            + " WHERE b.account_id = f.account_id AND b.target_account_id = $8)";

    private final Pool pool;

    public StruggleFeedRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Adds a newly stored report to the feed of every member following its employer or an employer above it
     * (the parent chain, cut before a repeat), its sector or a code above it, its country or one of its hashtags.
     * Each kind reads its own partial index.
     */
    public Future<Void> fanOut(SqlClient tx, long statusId, long authorId, Long employerId, Sector sector,
                               String country, List<String> hashtags) {
        String sql = "WITH RECURSIVE up(id, path) AS ("
                + " SELECT e.id, ARRAY[e.id] FROM employers e WHERE e.id = $2::bigint"
                + " UNION ALL SELECT e.parent_id, up.path || e.parent_id FROM employers e JOIN up ON e.id = up.id"
                + " WHERE e.parent_id IS NOT NULL AND NOT e.parent_id = ANY(up.path))"
                + " INSERT INTO struggle_feed (account_id, status_id, follow_id)"
                + " SELECT f.account_id, $1::bigint, f.id FROM struggle_follows f WHERE f.kind = 'employer'"
                + " AND f.employer_id IN (SELECT id FROM up)" + NOT_BLOCKED
                + " UNION ALL SELECT f.account_id, $1::bigint, f.id FROM struggle_follows f WHERE f.kind = 'sector'"
                + " AND f.sector_scheme = $3 AND f.sector_version = $4 AND f.sector_code = ANY($5::text[])" + NOT_BLOCKED
                + " UNION ALL SELECT f.account_id, $1::bigint, f.id FROM struggle_follows f WHERE f.kind = 'country'"
                + " AND f.country = $6" + NOT_BLOCKED
                + " UNION ALL SELECT f.account_id, $1::bigint, f.id FROM struggle_follows f WHERE f.kind = 'hashtag'"
                + " AND f.hashtag = ANY($7::text[])" + NOT_BLOCKED
                + " ON CONFLICT DO NOTHING";
        return tx.preparedQuery("SELECT visibility FROM statuses WHERE id = $1").execute(Tuple.of(statusId))
                .compose(rows -> rows.size() == 0 || !"public".equals(rows.iterator().next().getString(0))
                        ? Future.succeededFuture()
                        : tx.preparedQuery(sql).execute(Tuple.from(new Object[]{statusId, employerId,
                                sector == null ? null : sector.scheme(), sector == null ? null : sector.version(),
                                prefixes(sector), country, hashtags.toArray(new String[0]), authorId}))
                        .mapEmpty());
    }

    /** Brings the newest known reports matching a new follow into its member's feed. */
    public Future<Void> backfill(SqlClient tx, long followId, long accountId, FollowSubject s) {
        Sector sector = s.sector();
        String with = "";
        String match;
        Tuple params = Tuple.of(accountId, followId);
        switch (s.kind()) {
            case EMPLOYER -> {
                with = "WITH RECURSIVE grp(id) AS (SELECT $3::bigint"
                        + " UNION SELECT e.id FROM employers e JOIN grp ON e.parent_id = grp.id) ";
                match = "r.employer_id IN (SELECT id FROM grp)";
                params.addLong(s.employerId());
            }
            case SECTOR -> {
                match = "r.sector_scheme = $3 AND r.sector_version = $4 AND r.sector_code LIKE $5 || '%'";
                params.addString(sector.scheme()).addString(sector.version()).addString(sector.code());
            }
            case COUNTRY -> {
                match = "r.country = $3";
                params.addString(s.country());
            }
            default -> {
                match = "EXISTS (SELECT 1 FROM status_tags t WHERE t.status_id = r.status_id AND t.name = $3)";
                params.addString(s.hashtag());
            }
        }
        String sql = with + "INSERT INTO struggle_feed (account_id, status_id, follow_id)"
                + " SELECT $1::bigint, r.status_id, $2::bigint FROM struggle_reports r JOIN statuses s ON s.id = r.status_id"
                + " WHERE " + match + " AND s.visibility = 'public' AND NOT EXISTS (SELECT 1 FROM blocks b"
                + " WHERE b.account_id = $1 AND b.target_account_id = r.account_id)"
                + " ORDER BY r.status_id DESC LIMIT " + BACKFILL + " ON CONFLICT DO NOTHING";
        return tx.preparedQuery(sql).execute(params).mapEmpty();
    }

    /** The member's feed, newest first: report status ids below {@code maxId} (when given). */
    public Future<List<Long>> page(long accountId, Long maxId, int limit) {
        return pool.preparedQuery("SELECT DISTINCT status_id FROM struggle_feed WHERE account_id = $1"
                        + " AND ($2::bigint IS NULL OR status_id < $2) ORDER BY status_id DESC LIMIT $3")
                .execute(Tuple.of(accountId, maxId, limit))
                .map(rows -> {
                    List<Long> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getLong(0)));
                    return ids;
                });
    }

    /** "H4911" gives H, H4, H49, H491, H4911: the follows of any of them match it. */
    static String[] prefixes(Sector sector) {
        if (sector == null) {
            return new String[0];
        }
        String code = sector.code();
        String[] out = new String[code.length()];
        for (int i = 1; i <= code.length(); i++) {
            out[i - 1] = code.substring(0, i);
        }
        return out;
    }
}
