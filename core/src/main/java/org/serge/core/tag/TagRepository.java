package org.serge.core.tag;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.serge.core.id.Snowflake;
import org.serge.core.paging.PageSql;
import org.serge.core.paging.PagedResult;
import org.serge.core.timeline.Page;

/**
 * SQL about hashtags: their recent use, read through status_tags (name, status_id) from the id of the first day
 * on, and members' follows of them, which are their hashtag follows in struggle_follows (kind 'hashtag'): one
 * follow, whether made through the Mastodon API or Serge's.
 */
public final class TagRepository {

    /** Days of history, today included, as Mastodon shows. */
    public static final int HISTORY_DAYS = 7;

    private final Pool pool;

    public TagRepository(Pool pool) {
        this.pool = pool;
    }

    /** Each name's use per UTC day, today first, {@link #HISTORY_DAYS} days, on public and unlisted statuses. */
    public Future<Map<String, List<TagUse>>> history(List<String> names, Instant now) {
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        Instant first = today.minus(HISTORY_DAYS - 1, ChronoUnit.DAYS);
        Map<String, List<TagUse>> out = new HashMap<>();
        if (names.isEmpty()) {
            return Future.succeededFuture(out);
        }
        // ids carry the time they were made, never before the status's date: a day of slack bounds the index read
        long lowestId = Snowflake.atMillis(first.minus(1, ChronoUnit.DAYS).toEpochMilli());
        return pool.preparedQuery("SELECT t.name, extract(epoch FROM date_trunc('day', s.created_at AT TIME ZONE 'UTC'))"
                        + "::bigint AS day, count(*) AS uses, count(DISTINCT s.account_id) AS accounts"
                        + " FROM status_tags t JOIN statuses s ON s.id = t.status_id"
                        + " WHERE t.name = ANY($1::text[]) AND t.status_id >= $2 AND s.created_at >= $3"
                        + " AND s.visibility IN ('public', 'unlisted') AND s.reblog_of_id IS NULL GROUP BY 1, 2")
                .execute(Tuple.of(names.toArray(new String[0]), lowestId,
                        first.atOffset(java.time.ZoneOffset.UTC)))
                .map(rows -> {
                    Map<String, Map<Long, TagUse>> byDay = new HashMap<>();
                    rows.forEach(row -> byDay.computeIfAbsent(row.getString("name"), k -> new HashMap<>())
                            .put(row.getLong("day"), new TagUse(row.getLong("day"), row.getLong("uses"),
                                    row.getLong("accounts"))));
                    for (String name : names) {
                        Map<Long, TagUse> days = byDay.getOrDefault(name, Map.of());
                        List<TagUse> history = new ArrayList<>();
                        for (int i = 0; i < HISTORY_DAYS; i++) {
                            long day = today.minus(i, ChronoUnit.DAYS).getEpochSecond();
                            history.add(days.getOrDefault(day, new TagUse(day, 0, 0)));
                        }
                        out.put(name, history);
                    }
                    return out;
                });
    }

    /** Which of the names the member follows. */
    public Future<Set<String>> followed(long accountId, List<String> names) {
        if (names.isEmpty()) {
            return Future.succeededFuture(Set.of());
        }
        return pool.preparedQuery("SELECT hashtag FROM struggle_follows WHERE account_id = $1 AND kind = 'hashtag'"
                        + " AND hashtag = ANY($2::text[])")
                .execute(Tuple.of(accountId, (Object) names.toArray(new String[0])))
                .map(rows -> {
                    Set<String> followed = new HashSet<>();
                    rows.forEach(row -> followed.add(row.getString(0)));
                    return followed;
                });
    }

    /** The hashtags a member follows, newest follow first, paged by the follow's id. */
    public Future<PagedResult<String>> followedPage(long accountId, Page page) {
        return pool.preparedQuery("SELECT f.id, f.hashtag FROM struggle_follows f WHERE f.account_id = $1"
                        + " AND f.kind = 'hashtag'" + PageSql.clause(page, "f.id", 2))
                .execute(PageSql.params(page, Tuple.of(accountId)))
                .map(rows -> {
                    List<String> names = new ArrayList<>();
                    List<Long> keys = new ArrayList<>();
                    rows.forEach(row -> {
                        keys.add(row.getLong(0));
                        names.add(row.getString(1));
                    });
                    return PagedResult.of(page, names, keys);
                });
    }

    /**
     * Of these members, those into whose home a status comes through what they follow besides accounts: a report
     * in their struggle feed, or (for a public status that is not a boost, {@code byTags}) one of its hashtags.
     */
    public Future<Set<Long>> reachedBySubjects(long statusId, boolean byTags, List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Future.succeededFuture(Set.of());
        }
        String sql = "SELECT sf.account_id FROM struggle_feed sf WHERE sf.status_id = $1"
                + " AND sf.account_id = ANY($2::bigint[])"
                + (byTags ? " UNION SELECT f.account_id FROM status_tags t JOIN struggle_follows f"
                + " ON f.kind = 'hashtag' AND f.hashtag = t.name WHERE t.status_id = $1"
                + " AND f.account_id = ANY($2::bigint[])" : "");
        return pool.preparedQuery(sql).execute(Tuple.of(statusId, (Object) accountIds.toArray(new Long[0])))
                .map(rows -> {
                    Set<Long> reached = new HashSet<>();
                    rows.forEach(row -> reached.add(row.getLong(0)));
                    return reached;
                });
    }
}
