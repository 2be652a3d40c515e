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
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.AccountViews;
import org.serge.core.status.Status;
import org.serge.testkit.TestDatabase;

/**
 * The home timeline's two plans (few follows: per-account merge; many: id scan) select exactly what a naive
 * reading of the rules selects, page for page; the batch loader fills views for a mixed page.
 */
@ExtendWith(VertxExtension.class)
class TimelineRepositoryTest {

    private static final String[] VISIBILITIES = {"public", "unlisted", "private", "direct"};
    private static final int ACCOUNTS = 40;
    private static final int STATUSES = 600;

    private static Pool pool;
    private static TimelineRepository timelines;
    private static final List<long[]> rows = new ArrayList<>(); // id, account, visibility index
    private static final Set<String> mentions = new HashSet<>(); // "status:account"
    private static final Set<String> follows = new HashSet<>(); // "follower:target"

    @BeforeAll
    static void setUp(Vertx vertx, VertxTestContext ctx) {
        pool = TestDatabase.fresh().pool(vertx);
        timelines = new TimelineRepository(pool);
        Random random = new Random(7);
        List<Tuple> accounts = new ArrayList<>();
        for (int a = 1; a <= ACCOUNTS; a++) {
            accounts.add(Tuple.of((long) a, "user" + a));
        }
        List<Tuple> followRows = new ArrayList<>();
        // account 1 follows many (the id-scan plan), account 2 follows a few (the merge plan)
        for (int t = 3; t <= 3 + TimelineRepository.FEW_FOLLOWS + 4; t++) {
            followRows.add(Tuple.of(1000L + t, 1L, (long) t));
            follows.add("1:" + t);
        }
        for (int t : new int[]{5, 9, 30}) {
            followRows.add(Tuple.of(2000L + t, 2L, (long) t));
            follows.add("2:" + t);
        }
        List<Tuple> statusRows = new ArrayList<>();
        List<Tuple> mentionRows = new ArrayList<>();
        for (int i = 1; i <= STATUSES; i++) {
            long id = 1_000_000L + i * 7L;
            long account = 1 + random.nextInt(ACCOUNTS);
            int visibility = random.nextInt(4);
            rows.add(new long[]{id, account, visibility});
            statusRows.add(Tuple.of(id, "https://t/" + id, account, VISIBILITIES[visibility]));
            if (random.nextInt(5) == 0) {
                long mentioned = 1 + random.nextInt(2);
                mentionRows.add(Tuple.of(id, mentioned));
                mentions.add(id + ":" + mentioned);
            }
        }
        pool.preparedQuery("INSERT INTO accounts (id, username) VALUES ($1, $2)").executeBatch(accounts)
                .compose(r -> pool.preparedQuery("INSERT INTO follows (id, account_id, target_account_id)"
                        + " VALUES ($1, $2, $3)").executeBatch(followRows))
                .compose(r -> pool.preparedQuery("INSERT INTO statuses (id, uri, account_id, local, visibility)"
                        + " VALUES ($1, $2, $3, true, $4)").executeBatch(statusRows))
                .compose(r -> pool.preparedQuery("INSERT INTO status_mentions (status_id, account_id) VALUES ($1, $2)")
                        .executeBatch(mentionRows))
                .onComplete(ctx.succeedingThenComplete());
    }

    private static List<Long> expectedHome(long viewer) {
        List<Long> ids = new ArrayList<>();
        for (long[] row : rows) {
            boolean followed = row[1] == viewer || follows.contains(viewer + ":" + row[1]);
            boolean direct = row[2] == 3;
            if (followed && (!direct || row[1] == viewer || mentions.contains(row[0] + ":" + viewer))) {
                ids.add(row[0]);
            }
        }
        ids.sort((a, b) -> Long.compare(b, a));
        return ids;
    }

    /** Walks the whole timeline by max_id, then back up by min_id. */
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
    void bothPlansSelectWhatTheRulesSay(VertxTestContext ctx) {
        walk(1, null, new ArrayList<>())
                .compose(many -> walk(2, null, new ArrayList<>()).map(few -> List.of(many, few)))
                .onComplete(ctx.succeeding(both -> ctx.verify(() -> {
                    assertEquals(expectedHome(1), both.get(0));
                    assertEquals(expectedHome(2), both.get(1));
                    assertTrue(both.get(0).size() > 50 && both.get(1).size() > 20);
                    ctx.completeNow();
                })));
    }

    @Test
    void minIdPagesUpwardsInBothPlans(VertxTestContext ctx) {
        List<Long> many = expectedHome(1);
        List<Long> few = expectedHome(2);
        long belowMany = many.get(20);
        long belowFew = few.get(10);
        timelines.home(1, new Page(null, null, belowMany, 5))
                .compose(a -> timelines.home(2, new Page(null, null, belowFew, 5)).map(b -> List.of(a, b)))
                .onComplete(ctx.succeeding(pages -> ctx.verify(() -> {
                    assertEquals(many.subList(15, 20), ids(pages.get(0)));
                    assertEquals(few.subList(5, 10), ids(pages.get(1)));
                    ctx.completeNow();
                })));
    }

    @Test
    void batchLoaderFillsAPageOfViews(VertxTestContext ctx) {
        StatusViews views = new StatusViews(pool, new AccountViews(pool), MediaAttachmentSource.NONE);
        timelines.home(1, Page.first(40))
                .compose(page -> views.load(page, 1L).map(loaded -> List.of(page, loaded)))
                .onComplete(ctx.succeeding(both -> ctx.verify(() -> {
                    @SuppressWarnings("unchecked") List<Status> page = (List<Status>) both.get(0);
                    @SuppressWarnings("unchecked") List<StatusView> loaded = (List<StatusView>) both.get(1);
                    assertEquals(ids(page), loaded.stream().map(StatusView::id).toList());
                    for (StatusView view : loaded) {
                        assertEquals(view.status().accountId(), view.account().id());
                        assertTrue(view.account().statusesCount() > 0);
                        boolean mentioned = mentions.contains(view.id() + ":1") || mentions.contains(view.id() + ":2");
                        assertEquals(mentioned, !view.mentions().isEmpty());
                    }
                    ctx.completeNow();
                })));
    }

    private static List<Long> ids(List<Status> statuses) {
        return statuses.stream().map(Status::id).toList();
    }
}
