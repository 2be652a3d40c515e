package org.serge.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.testkit.TestDatabase;

/**
 * Followed hashtags in the home timeline, with both plans of its reading by accounts (many follows: id scan; few:
 * merged index reads): exactly the followed accounts' statuses as before, plus public statuses carrying a followed
 * hashtag, never from an account the viewer blocks or that blocks them, page for page, downwards by max_id and
 * upwards by min_id.
 */
@ExtendWith(VertxExtension.class)
class HomeHashtagsTest {

    private static final String[] VISIBILITIES = {"public", "unlisted", "private", "direct"};
    private static final String[] TAGS = {"a", "b", "c", "d"};
    private static final int ACCOUNTS = 40;
    private static final int STATUSES = 700;
    /** What viewers 1 (many follows) and 2 (few follows) follow of hashtags. */
    private static final Map<Long, Set<String>> FOLLOWED_TAGS = Map.of(1L, Set.of("a", "b"), 2L, Set.of("b", "c"));

    private static Pool pool;
    private static TimelineRepository timelines;
    private static final List<long[]> rows = new ArrayList<>(); // id, account, visibility index
    private static final Set<String> tags = new HashSet<>(); // "status:tag"
    private static final Set<String> follows = new HashSet<>(); // "follower:target"
    private static final Set<String> blocks = new HashSet<>(); // "blocker:target"

    @BeforeAll
    static void setUp(Vertx vertx, VertxTestContext ctx) {
        pool = TestDatabase.fresh().pool(vertx);
        timelines = new TimelineRepository(pool);
        Random random = new Random(11);
        List<Tuple> accounts = new ArrayList<>();
        for (int a = 1; a <= ACCOUNTS; a++) {
            accounts.add(Tuple.of((long) a, "user" + a));
        }
        List<Tuple> followRows = new ArrayList<>();
        for (int t = 3; t <= 3 + TimelineRepository.FEW_FOLLOWS + 4; t++) {
            followRows.add(Tuple.of(1000L + t, 1L, (long) t));
            follows.add("1:" + t);
        }
        for (int t : new int[]{5, 9, 30}) {
            followRows.add(Tuple.of(2000L + t, 2L, (long) t));
            follows.add("2:" + t);
        }
        List<Tuple> blockRows = new ArrayList<>();
        for (long[] b : new long[][]{{2, 33}, {34, 2}, {1, 35}, {36, 1}}) {
            blockRows.add(Tuple.of(3000L + b[0] * 100 + b[1], b[0], b[1]));
            blocks.add(b[0] + ":" + b[1]);
        }
        List<Tuple> tagFollowRows = new ArrayList<>();
        FOLLOWED_TAGS.forEach((viewer, names) -> names.forEach(name -> tagFollowRows.add(Tuple.of(
                4000L + viewer * 10 + name.charAt(0), viewer, "hashtag:" + name, name))));
        List<Tuple> statusRows = new ArrayList<>();
        List<Tuple> tagRows = new ArrayList<>();
        for (int i = 1; i <= STATUSES; i++) {
            long id = 1_000_000L + i * 7L;
            long account = 1 + random.nextInt(ACCOUNTS);
            int visibility = random.nextInt(4);
            rows.add(new long[]{id, account, visibility});
            statusRows.add(Tuple.of(id, "https://t/" + id, account, VISIBILITIES[visibility]));
            for (String tag : TAGS) {
                if (random.nextInt(6) == 0) {
                    tagRows.add(Tuple.of(id, tag));
                    tags.add(id + ":" + tag);
                }
            }
        }
        pool.preparedQuery("INSERT INTO accounts (id, username) VALUES ($1, $2)").executeBatch(accounts)
                .compose(r -> pool.preparedQuery("INSERT INTO follows (id, account_id, target_account_id)"
                        + " VALUES ($1, $2, $3)").executeBatch(followRows))
                .compose(r -> pool.preparedQuery("INSERT INTO blocks (id, account_id, target_account_id)"
                        + " VALUES ($1, $2, $3)").executeBatch(blockRows))
                .compose(r -> pool.preparedQuery("INSERT INTO struggle_follows (id, account_id, kind, subject, hashtag)"
                        + " VALUES ($1, $2, 'hashtag', $3, $4)").executeBatch(tagFollowRows))
                .compose(r -> pool.preparedQuery("INSERT INTO statuses (id, uri, account_id, local, visibility)"
                        + " VALUES ($1, $2, $3, true, $4)").executeBatch(statusRows))
                .compose(r -> pool.preparedQuery("INSERT INTO status_tags (status_id, name) VALUES ($1, $2)")
                        .executeBatch(tagRows))
                .onComplete(ctx.succeedingThenComplete());
    }

    private static List<Long> expectedHome(long viewer) {
        List<Long> ids = new ArrayList<>();
        for (long[] row : rows) {
            boolean followed = row[1] == viewer || follows.contains(viewer + ":" + row[1]);
            boolean direct = row[2] == 3;
            boolean byTag = row[2] == 0 && FOLLOWED_TAGS.get(viewer).stream().anyMatch(t -> tags.contains(row[0] + ":" + t))
                    && !blocks.contains(viewer + ":" + row[1]) && !blocks.contains(row[1] + ":" + viewer);
            if (followed && (!direct || row[1] == viewer) || byTag) {
                ids.add(row[0]);
            }
        }
        ids.sort((a, b) -> Long.compare(b, a));
        return ids;
    }

    private static Future<List<Long>> walk(long viewer, Long maxId, List<Long> seen) {
        return timelines.home(viewer, new Page(maxId, null, null, 7)).compose(page -> {
            if (page.isEmpty()) {
                return Future.succeededFuture(seen);
            }
            page.forEach(s -> seen.add(s.id()));
            return walk(viewer, page.get(page.size() - 1).id(), seen);
        });
    }

    @Test
    void bothPlansAddPublicStatusesWithFollowedHashtags(VertxTestContext ctx) {
        walk(1, null, new ArrayList<>())
                .compose(many -> walk(2, null, new ArrayList<>()).map(few -> List.of(many, few)))
                .onComplete(ctx.succeeding(both -> ctx.verify(() -> {
                    assertEquals(expectedHome(1), both.get(0));
                    assertEquals(expectedHome(2), both.get(1));
                    assertTrue(both.get(1).size() > 60, "the few-follows viewer gets many through hashtags");
                    ctx.completeNow();
                })));
    }

    @Test
    void minIdPagesUpwardsInBothPlans(VertxTestContext ctx) {
        List<Long> many = expectedHome(1);
        List<Long> few = expectedHome(2);
        timelines.home(1, new Page(null, null, many.get(30), 6))
                .compose(a -> timelines.home(2, new Page(null, null, few.get(30), 6)).map(b -> List.of(a, b)))
                .onComplete(ctx.succeeding(pages -> ctx.verify(() -> {
                    assertEquals(many.subList(24, 30), pages.get(0).stream().map(s -> s.id()).toList());
                    assertEquals(few.subList(24, 30), pages.get(1).stream().map(s -> s.id()).toList());
                    ctx.completeNow();
                })));
    }
}
