package org.serge.core.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.support.CoreServices;
import org.serge.testkit.Fixtures;

@ExtendWith(VertxExtension.class)
class FollowServiceTest {

    private static CoreServices core;
    private static Account alice;
    private static Account bob;

    @BeforeAll
    static void setUp(Vertx vertx, VertxTestContext ctx) {
        core = new CoreServices(vertx);
        Fixtures.insert(core.pool, Fixtures.ALICE)
                .compose(v -> Fixtures.insert(core.pool, Fixtures.BOB))
                .compose(v -> core.account(Fixtures.ALICE.id())).onSuccess(a -> alice = a)
                .compose(v -> core.account(Fixtures.BOB.id())).onSuccess(b -> bob = b)
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void followingALocalOpenAccountTakesEffectAtOnce(VertxTestContext ctx) {
        core.followService.follow(alice, bob)
                .compose(immediate -> core.follows.isFollowing(alice.id(), bob.id()).map(following -> {
                    assertTrue(immediate);
                    assertTrue(following);
                    return following;
                }))
                .compose(v -> core.followService.unfollow(alice, bob))
                .compose(v -> core.follows.isFollowing(alice.id(), bob.id()))
                .onComplete(ctx.succeeding(following -> ctx.verify(() -> {
                    assertFalse(following);
                    ctx.completeNow();
                })));
    }

    @Test
    void followingARemoteAccountIsARequestUntilAccepted(VertxTestContext ctx) {
        core.remote("ana", "far.test", false)
                .compose(ana -> core.followService.follow(bob, ana).compose(immediate -> {
                    assertFalse(immediate);
                    assertTrue(core.federator.calls.contains("follow ana"));
                    return core.follows.findRequest(bob.id(), ana.id());
                }).compose(request -> {
                    assertTrue(request.isPresent());
                    assertTrue(request.get().uri().contains("/users/bob#follows/"));
                    return core.followService.unfollow(bob, ana);
                }).compose(v -> core.follows.findRequest(bob.id(), ana.id())))
                .onComplete(ctx.succeeding(request -> ctx.verify(() -> {
                    assertTrue(request.isEmpty());
                    assertTrue(core.federator.calls.contains("unfollow ana"));
                    ctx.completeNow();
                })));
    }

    @Test
    void aRemoteRequestToALockedMemberIsAcceptedOrRejectedWithAMessageBack(VertxTestContext ctx) {
        core.remote("max", "far.test", false)
                .compose(max -> core.follows.insertRequest(max.id(), alice.id(), "https://far.test/f/9")
                        .compose(v -> core.followService.acceptRequest(alice, max.id()))
                        .compose(v -> core.follows.isFollowing(max.id(), alice.id())))
                .onComplete(ctx.succeeding(following -> ctx.verify(() -> {
                    assertTrue(following);
                    assertTrue(core.federator.calls.contains("accept max"));
                    ctx.completeNow();
                })));
    }

    @Test
    void blockEndsFollowsBothWaysAndPreventsFollowing(VertxTestContext ctx) {
        core.remote("zed", "far.test", false)
                .compose(zed -> core.follows.insertFollow(zed.id(), alice.id(), "https://far.test/f/1")
                        .compose(v -> core.followService.block(alice, zed))
                        .compose(v -> core.follows.isFollowing(zed.id(), alice.id()))
                        .compose(following -> {
                            assertFalse(following);
                            assertTrue(core.federator.calls.contains("block zed"));
                            return core.followService.follow(alice, zed);
                        }))
                .onComplete(ctx.failing(e -> ctx.verify(() -> {
                    assertEquals(403, ((ServiceException) e).status());
                    ctx.completeNow();
                })));
    }

    @Test
    void cannotFollowOneself(VertxTestContext ctx) {
        core.followService.follow(alice, alice).onComplete(ctx.failing(e -> ctx.verify(() -> {
            assertEquals(422, ((ServiceException) e).status());
            ctx.completeNow();
        })));
    }
}
