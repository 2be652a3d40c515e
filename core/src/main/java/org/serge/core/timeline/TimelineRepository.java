package org.serge.core.timeline;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.serge.core.mute.MuteSql;
import org.serge.core.status.Status;
import org.serge.core.status.StatusRowMapper;

/**
 * The SQL of timelines, account statuses, threads and who boosted or favourited what. Every query selects only
 * statuses the viewer may see, pages by id (ids sort by time) and reads an index in id order, so that a page
 * costs the same however many statuses there are.
 */
public final class TimelineRepository {

    static final int MAX_ANCESTORS = 40;
    static final int MAX_DESCENDANT_DEPTH = 20;
    static final int MAX_DESCENDANTS = 400;
    /** Up to this many follows, the home timeline merges per-account index reads; above, it scans by id. */
    static final int FEW_FOLLOWS = 16;

    private static final String SELECT = "SELECT " + StatusRowMapper.COLUMNS + " FROM statuses s ";

    /** A report the viewer ($1) follows by employer, sector, country or hashtag (see StruggleFeedRepository). */
    private static final String STRUGGLES = " OR EXISTS (SELECT 1 FROM struggle_feed sf WHERE sf.account_id = $1"
            + " AND sf.status_id = s.id)";

    /** Statuses with at least one medium (the only_media filters). */
    static final String HAS_MEDIA = " AND EXISTS (SELECT 1 FROM media_attachments ma WHERE ma.status_id = s.id)";

    private final Pool pool;

    public TimelineRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * What a viewer may see of a status, with the viewer id as parameter {@code $n} (null: anonymous):
     * public and unlisted, their own, those mentioning them, and followers-only of accounts they follow.
     */
    static String visibleTo(String n) {
        return "(s.visibility IN ('public', 'unlisted') OR s.account_id = " + n
                + " OR EXISTS (SELECT 1 FROM status_mentions vm WHERE vm.status_id = s.id AND vm.account_id = " + n + ")"
                + " OR (s.visibility = 'private' AND EXISTS (SELECT 1 FROM follows vf WHERE vf.account_id = " + n
                + " AND vf.target_account_id = s.account_id)))";
    }

    /**
     * The home timeline: statuses and boosts of the accounts the viewer follows and their own; followers-only ones
     * included (they follow), direct ones only when they are mentioned or wrote them.
     *
     * <p>Two plans, measured on 1,000,000 statuses by 10,000 accounts: following many accounts, reading the
     * primary key backwards with a hashed set of the followed ids finds a page in 1-2 ms (LIMIT stops the scan
     * early); following a few, that scan would wander far, so each followed account's newest statuses are read
     * from statuses_account (account_id, id DESC) and merged (under 3 ms for 5 accounts).
     *
     * <p>Reports matching the viewer's struggle follows (employers, sectors, countries, hashtags) come in through
     * struggle_feed, read by its primary key (account_id, status_id): an EXISTS probe in the first plan, one more
     * merged index read in the second.
     *
     * <p>Public statuses (not boosts) carrying a hashtag the viewer follows are read next, only when they follow
     * one: see {@link #withFollowedTags}.
     */
    public Future<List<Status>> home(long viewerId, Page page) {
        Future<List<String>> tags = pool.preparedQuery("SELECT hashtag FROM struggle_follows WHERE account_id = $1"
                + " AND kind = 'hashtag'").execute(Tuple.of(viewerId)).map(rows -> {
                    List<String> names = new ArrayList<>();
                    rows.forEach(row -> names.add(row.getString(0)));
                    return names;
                });
        Future<List<Status>> followed = homeByAccounts(viewerId, page);
        return Future.all(tags, followed).compose(both -> tags.result().isEmpty() ? followed
                : withFollowedTags(viewerId, tags.result(), page, followed.result()));
    }

    /**
     * Adds to a home page the public statuses (not boosts) carrying one of the viewer's followed hashtags, never
     * from an account they block or that blocks them, nor one they mute. One read of status_tags_name (name,
     * status_id DESC) per name, within the page's bounds and, when the page read by accounts is full, above its
     * oldest status (below its newest for min_id): however many uses of a hashtag are not public, the read stays
     * within the time the page covers.
     */
    private Future<List<Status>> withFollowedTags(long viewerId, List<String> tags, Page page, List<Status> found) {
        boolean full = found.size() >= page.limit();
        Page window;
        if (page.ascending()) {
            Long upper = page.maxId();
            if (full && (upper == null || found.get(0).id() < upper)) {
                upper = found.get(0).id();
            }
            window = new Page(upper, null, page.minId(), page.limit());
        } else {
            Long lower = page.sinceId();
            long oldest = found.isEmpty() ? 0 : found.get(found.size() - 1).id();
            if (full && (lower == null || oldest > lower)) {
                lower = oldest;
            }
            window = new Page(page.maxId(), lower, null, page.limit());
        }
        String sql = "SELECT DISTINCT ON (s.id) s.* FROM unnest($2::text[]) tg (name) CROSS JOIN LATERAL ("
                + paged("SELECT " + StatusRowMapper.COLUMNS + " FROM status_tags t JOIN statuses s ON s.id = t.status_id"
                + " WHERE t.name = tg.name AND s.visibility = 'public' AND s.reblog_of_id IS NULL AND NOT EXISTS"
                + " (SELECT 1 FROM blocks hb WHERE hb.account_id = $1 AND hb.target_account_id = s.account_id)"
                + " AND NOT EXISTS (SELECT 1 FROM blocks hb WHERE hb.account_id = s.account_id"
                + " AND hb.target_account_id = $1)" + MuteSql.notMutedHome("$1"), "t.status_id", window, 2)
                + ") s ORDER BY s.id " + (window.ascending() ? "ASC" : "DESC") + " LIMIT " + page.limit();
        return pool.preparedQuery(sql).execute(pagedParams(window, viewerId, tags.toArray(new String[0])))
                .map(rows -> {
                    java.util.TreeMap<Long, Status> merged = new java.util.TreeMap<>(Collections.reverseOrder());
                    found.forEach(s -> merged.put(s.id(), s));
                    statuses(rows).forEach(s -> merged.putIfAbsent(s.id(), s));
                    List<Status> all = new ArrayList<>(merged.values());
                    // newest first; a min_id page keeps the statuses just above min_id
                    return new ArrayList<>(page.ascending()
                            ? all.subList(Math.max(0, all.size() - page.limit()), all.size())
                            : all.subList(0, Math.min(page.limit(), all.size())));
                });
    }

    private Future<List<Status>> homeByAccounts(long viewerId, Page page) {
        String direct = " AND (s.visibility <> 'direct' OR s.account_id = $1 OR EXISTS (SELECT 1 FROM status_mentions m"
                + " WHERE m.status_id = s.id AND m.account_id = $1))" + MuteSql.notMutedHome("$1");
        return pool.preparedQuery("SELECT count(*) FROM follows WHERE account_id = $1").execute(Tuple.of(viewerId))
                .compose(rows -> {
                    long following = rows.iterator().next().getLong(0);
                    if (following > FEW_FOLLOWS) {
                        return page(SELECT + "WHERE (s.account_id = $1 OR EXISTS (SELECT 1 FROM follows f"
                                + " WHERE f.account_id = $1 AND f.target_account_id = s.account_id)" + STRUGGLES + ")"
                                + direct, "s.id", page, viewerId);
                    }
                    String inner = paged(SELECT + "WHERE s.account_id = a.id" + direct, "s.id", page, 1);
                    String struggles = SELECT + "WHERE s.id IN (" + paged("SELECT DISTINCT sf.status_id"
                            + " FROM struggle_feed sf WHERE sf.account_id = $1", "sf.status_id", page, 1) + ")" + direct;
                    String outer = "SELECT DISTINCT ON (s.id) s.* FROM (SELECT s.* FROM (SELECT f.target_account_id"
                            + " AS id FROM follows f WHERE f.account_id = $1 UNION ALL SELECT $1::bigint) a"
                            + " CROSS JOIN LATERAL (" + inner + ") s UNION ALL " + struggles + ") s ORDER BY s.id "
                            + (page.ascending() ? "ASC" : "DESC") + " LIMIT " + page.limit();
                    return pool.preparedQuery(outer).execute(pagedParams(page, viewerId)).map(result -> {
                        List<Status> statuses = statuses(result);
                        if (page.ascending()) {
                            Collections.reverse(statuses);
                        }
                        return statuses;
                    });
                });
    }

    /** Public statuses, not boosts; local only, remote only or both. */
    public Future<List<Status>> publicTimeline(boolean local, boolean remote, boolean onlyMedia, Page page) {
        return publicTimeline(local, remote, onlyMedia, page, null);
    }

    /** As seen by a viewer (null: anonymous): without the accounts they mute or block. */
    public Future<List<Status>> publicTimeline(boolean local, boolean remote, boolean onlyMedia, Page page,
                                               Long viewerId) {
        String where = "WHERE s.visibility = 'public' AND s.reblog_of_id IS NULL"
                + (local && !remote ? " AND s.local" : "")
                + (remote && !local ? " AND NOT s.local" : "")
                + (onlyMedia ? HAS_MEDIA : "");
        if (viewerId == null) {
            return page(SELECT + where, "s.id", page);
        }
        return page(SELECT + where + notMutedOrBlocked("$1"), "s.id", page, viewerId);
    }

    /** Public statuses carrying a hashtag (lower-case, without '#'), read through status_tags (name, status_id). */
    public Future<List<Status>> tag(String name, boolean local, boolean remote, boolean onlyMedia, Page page) {
        return tag(name, local, remote, onlyMedia, page, null);
    }

    /** As seen by a viewer (null: anonymous): without the accounts they mute or block. */
    public Future<List<Status>> tag(String name, boolean local, boolean remote, boolean onlyMedia, Page page,
                                    Long viewerId) {
        String where = "FROM status_tags t JOIN statuses s ON s.id = t.status_id WHERE t.name = $1"
                + " AND s.visibility = 'public' AND s.reblog_of_id IS NULL"
                + (local && !remote ? " AND s.local" : "")
                + (remote && !local ? " AND NOT s.local" : "")
                + (onlyMedia ? HAS_MEDIA : "");
        if (viewerId == null) {
            return page("SELECT " + StatusRowMapper.COLUMNS + " " + where, "t.status_id", page, name);
        }
        return page("SELECT " + StatusRowMapper.COLUMNS + " " + where + notMutedOrBlocked("$2"), "t.status_id",
                page, name, viewerId);
    }

    /**
     * A list's timeline for its owner: statuses and boosts by the list's members that the owner may see. Replies
     * to someone else follow the list's replies policy, as on Mastodon: replies to the owner and self-replies
     * always, replies to followed accounts with "followed", to the list's members with "list", no others.
     */
    public Future<List<Status>> list(long listId, long ownerId, String repliesPolicy, Page page) {
        String where = SELECT + "WHERE s.account_id IN (SELECT la.account_id FROM list_accounts la"
                + " WHERE la.list_id = $1) AND " + visibleTo("$2::bigint")
                + " AND (s.in_reply_to_uri IS NULL OR EXISTS (SELECT 1 FROM statuses p WHERE p.id = s.in_reply_to_id"
                + " AND (p.account_id = s.account_id OR p.account_id = $2"
                + " OR ($3 = 'followed' AND EXISTS (SELECT 1 FROM follows lf WHERE lf.account_id = $2"
                + " AND lf.target_account_id = p.account_id))"
                + " OR ($3 = 'list' AND EXISTS (SELECT 1 FROM list_accounts lm WHERE lm.list_id = $1"
                + " AND lm.account_id = p.account_id)))))"
                + MuteSql.notMutedStatus("$2");
        return page(where, "s.id", page, listId, ownerId, repliesPolicy);
    }

    private static String notMutedOrBlocked(String viewer) {
        return MuteSql.notMutedStatus(viewer) + " AND NOT EXISTS (SELECT 1 FROM blocks vb WHERE vb.account_id = "
                + viewer + " AND vb.target_account_id = s.account_id)";
    }

    /** An account's statuses as a viewer (null: anonymous) may see them. */
    public Future<List<Status>> byAccount(long accountId, Long viewerId, AccountStatusFilter filter, Page page) {
        StringBuilder where = new StringBuilder(SELECT + "WHERE s.account_id = $1 AND " + visibleTo("$2::bigint"));
        if (filter.onlyMedia()) {
            where.append(HAS_MEDIA);
        }
        if (filter.excludeReplies()) {
            // replies to oneself (threads) stay, as on Mastodon
            where.append(" AND (s.in_reply_to_uri IS NULL OR EXISTS (SELECT 1 FROM statuses p"
                    + " WHERE p.id = s.in_reply_to_id AND p.account_id = s.account_id))");
        }
        if (filter.excludeReblogs()) {
            where.append(" AND s.reblog_of_id IS NULL");
        }
        if (filter.tagged() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM status_tags t WHERE t.status_id = s.id AND t.name = $3)");
            return page(where.toString(), "s.id", page, accountId, viewerId, filter.tagged());
        }
        return page(where.toString(), "s.id", page, accountId, viewerId);
    }

    /** The visible thread around a status: ancestors up to 40 levels, descendants up to 20 levels deep. */
    public Future<StatusContext> context(long statusId, Long viewerId) {
        Future<List<Status>> ancestors = pool.preparedQuery("WITH RECURSIVE up (id, parent, depth) AS ("
                        + " SELECT id, in_reply_to_id, 0 FROM statuses WHERE id = $1"
                        + " UNION ALL SELECT p.id, p.in_reply_to_id, up.depth + 1 FROM statuses p"
                        + " JOIN up ON p.id = up.parent WHERE up.depth < " + MAX_ANCESTORS + ")"
                        + SELECT + "JOIN up ON up.id = s.id WHERE up.depth > 0 AND " + visibleTo("$2::bigint")
                        + " ORDER BY up.depth DESC")
                .execute(Tuple.of(statusId, viewerId))
                .map(TimelineRepository::statuses);
        Future<List<Status>> descendants = pool.preparedQuery("WITH RECURSIVE down (id, depth) AS ("
                        + " SELECT id, 0 FROM statuses WHERE id = $1"
                        + " UNION ALL SELECT c.id, down.depth + 1 FROM statuses c"
                        + " JOIN down ON c.in_reply_to_id = down.id WHERE down.depth < " + MAX_DESCENDANT_DEPTH + ")"
                        + SELECT + "JOIN down ON down.id = s.id WHERE down.depth > 0 AND " + visibleTo("$2::bigint")
                        + " ORDER BY s.id LIMIT " + MAX_DESCENDANTS)
                .execute(Tuple.of(statusId, viewerId))
                .map(TimelineRepository::statuses);
        return Future.all(ancestors, descendants)
                .map(done -> new StatusContext(ancestors.result(), descendants.result()));
    }

    /** Who boosted a status, newest boost first; the key is the boost's id. */
    public Future<List<AccountPageEntry>> rebloggedBy(long statusId, Page page) {
        return entries("SELECT s.id AS key, s.account_id FROM statuses s WHERE s.reblog_of_id = $1", "s.id",
                page, statusId);
    }

    /** Who favourited a status, newest first; the key is the favourite's id. */
    public Future<List<AccountPageEntry>> favouritedBy(long statusId, Page page) {
        return entries("SELECT f.id AS key, f.account_id FROM favourites f WHERE f.status_id = $1", "f.id",
                page, statusId);
    }

    private Future<List<Status>> page(String sql, String key, Page page, Object... params) {
        return pool.preparedQuery(paged(sql, key, page, params.length))
                .execute(pagedParams(page, params))
                .map(rows -> {
                    List<Status> statuses = statuses(rows);
                    if (page.ascending()) {
                        Collections.reverse(statuses);
                    }
                    return statuses;
                });
    }

    private Future<List<AccountPageEntry>> entries(String sql, String key, Page page, Object... params) {
        return pool.preparedQuery(paged(sql, key, page, params.length))
                .execute(pagedParams(page, params))
                .map(rows -> {
                    List<AccountPageEntry> entries = new ArrayList<>();
                    rows.forEach(row -> entries.add(new AccountPageEntry(row.getLong("key"), row.getLong("account_id"))));
                    if (page.ascending()) {
                        Collections.reverse(entries);
                    }
                    return entries;
                });
    }

    /** Appends the bounds and the order: parameters after the query's own, bounds only when present. */
    private static String paged(String sql, String key, Page page, int used) {
        StringBuilder out = new StringBuilder(sql);
        int n = used;
        if (page.maxId() != null) {
            out.append(" AND ").append(key).append(" < $").append(++n);
        }
        if (page.lowerBound() != null) {
            out.append(" AND ").append(key).append(" > $").append(++n);
        }
        out.append(" ORDER BY ").append(key).append(page.ascending() ? " ASC" : " DESC");
        out.append(" LIMIT $").append(++n);
        return out.toString();
    }

    private static Tuple pagedParams(Page page, Object... params) {
        Tuple tuple = Tuple.from(params);
        if (page.maxId() != null) {
            tuple.addLong(page.maxId());
        }
        if (page.lowerBound() != null) {
            tuple.addLong(page.lowerBound());
        }
        tuple.addInteger(page.limit());
        return tuple;
    }

    private static List<Status> statuses(RowSet<Row> rows) {
        List<Status> statuses = new ArrayList<>(rows.size());
        rows.forEach(row -> statuses.add(StatusRowMapper.status(row)));
        return statuses;
    }
}
