package org.serge.core.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.testkit.Fixtures;
import org.serge.testkit.TestDatabase;
import org.serge.testkit.TestImages;

@ExtendWith(VertxExtension.class)
class MediaServiceTest {

    private static Pool pool;
    private static MediaService media;
    private static Path data;

    @BeforeAll
    static void setUp(Vertx vertx, VertxTestContext ctx) throws Exception {
        pool = TestDatabase.fresh().pool(vertx);
        data = Files.createTempDirectory("serge-media-");
        media = new MediaService(vertx, pool, new MediaRepository(pool), new MediaStore(vertx, data),
                MediaLimits.DEFAULTS, vertx.createSharedWorkerExecutor("media-test", 1));
        Fixtures.insert(pool, Fixtures.ALICE).compose(v -> Fixtures.insert(pool, Fixtures.BOB))
                .onComplete(ctx.succeedingThenComplete());
    }

    private static Future<MediaAttachment> upload(long accountId) {
        try {
            Path file = Files.createTempFile(data, "upload", "");
            Files.write(file, TestImages.png(20, 10, false));
            return media.upload(accountId, new MediaUpload(file, null, "alt", "0.5,0.5"));
        } catch (java.io.IOException e) {
            return Future.failedFuture(e);
        }
    }

    private static Future<List<MediaAttachment>> uploads(long accountId, int count) {
        Future<List<MediaAttachment>> all = Future.succeededFuture(new ArrayList<>());
        for (int i = 0; i < count; i++) {
            all = all.compose(list -> upload(accountId).map(m -> {
                list.add(m);
                return list;
            }));
        }
        return all;
    }

    private static Future<Long> status(long accountId) {
        long id = Snowflake.next();
        return pool.preparedQuery("INSERT INTO statuses (id, uri, account_id, local, visibility)"
                        + " VALUES ($1, $2, $3, true, 'public')")
                .execute(Tuple.of(id, "https://union.test/statuses/" + id, accountId))
                .map(id);
    }

    private static <T> Future<Integer> failureStatus(Future<T> future) {
        return future.transform(result -> Future.succeededFuture(result.succeeded() ? 0
                : result.cause() instanceof ServiceException e ? e.status() : 500));
    }

    private static List<Long> ids(List<MediaAttachment> list) {
        return list.stream().map(MediaAttachment::id).toList();
    }

    @Test
    void attachesOwnUnattachedMediaInOrderAtMostFour(VertxTestContext ctx) {
        long alice = Fixtures.ALICE.id();
        long bob = Fixtures.BOB.id();
        uploads(alice, 5).compose(mine -> upload(bob).compose(theirs -> status(alice).compose(post -> {
            List<Long> order = List.of(mine.get(2).id(), mine.get(0).id(), mine.get(1).id());
            return failureStatus(media.attach(alice, ids(mine), post))
                    .compose(tooMany -> {
                        ctx.verify(() -> assertEquals(422, tooMany));
                        return failureStatus(media.attach(alice, List.of(mine.get(0).id(), theirs.id()), post));
                    })
                    .compose(notMine -> {
                        ctx.verify(() -> assertEquals(422, notMine));
                        // nothing was attached by the refused calls
                        return media.forStatuses(List.of(post));
                    })
                    .compose(none -> {
                        ctx.verify(() -> assertTrue(none.isEmpty()));
                        return media.attach(alice, order, post);
                    })
                    .compose(attached -> {
                        ctx.verify(() -> {
                            assertEquals(order, ids(attached));
                            attached.forEach(m -> assertEquals(post, m.statusId()));
                        });
                        return status(alice);
                    })
                    .compose(second -> failureStatus(media.attach(alice, List.of(mine.get(0).id()), second))
                            .compose(again -> {
                                ctx.verify(() -> assertEquals(422, again));
                                return failureStatus(media.update(alice, mine.get(0).id(), "changed", null));
                            })
                            .compose(updateAttached -> {
                                ctx.verify(() -> assertEquals(422, updateAttached));
                                return media.attach(alice, List.of(mine.get(4).id(), mine.get(4).id()), second);
                            })
                            .compose(deduplicated -> {
                                ctx.verify(() -> assertEquals(1, deduplicated.size()));
                                return media.forStatuses(List.of(post, second, 42L));
                            })
                            .map(byStatus -> {
                                ctx.verify(() -> {
                                    assertEquals(order, ids(byStatus.get(post)));
                                    assertEquals(List.of(mine.get(4).id()), ids(byStatus.get(second)));
                                    assertNull(byStatus.get(42L));
                                    assertEquals(Map.of(), media.forStatuses(List.of()).result());
                                });
                                return byStatus;
                            }));
        }))).onComplete(ctx.succeedingThenComplete());
    }
}
