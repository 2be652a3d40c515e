package org.serge.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.support.CoreServices;
import org.serge.testkit.Fixtures;

@ExtendWith(VertxExtension.class)
class StatusServiceTest {

    private static CoreServices core;
    private static Account alice;
    private static Account bob;
    private static Account remote;

    @BeforeAll
    static void setUp(Vertx vertx, VertxTestContext ctx) {
        core = new CoreServices(vertx);
        Fixtures.insert(core.pool, Fixtures.ALICE)
                .compose(v -> Fixtures.insert(core.pool, Fixtures.BOB))
                .compose(v -> core.account(Fixtures.ALICE.id())).onSuccess(a -> alice = a)
                .compose(v -> core.account(Fixtures.BOB.id())).onSuccess(b -> bob = b)
                .compose(v -> core.remote("rosa", "other.test", false)).onSuccess(r -> remote = r)
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void postFormatsMentionsHashtagsAndLinksAndTellsTheFederator(VertxTestContext ctx) {
        core.statusService.post(alice, PostRequest.text("Hello @bob and @rosa@other.test! #Strike at https://example.org/x <b>",
                        Visibility.PUBLIC))
                .compose(status -> core.statuses.mentionedAccountIds(status.id()).compose(mentions ->
                        core.statuses.tags(status.id()).map(tags -> {
                            assertTrue(status.uri().endsWith("/users/alice/statuses/" + status.id()));
                            assertTrue(status.content().contains("class=\"u-url mention\""), status.content());
                            assertTrue(status.content().contains("href=\"https://other.test/@rosa\""));
                            assertTrue(status.content().contains("class=\"mention hashtag\""));
                            assertTrue(status.content().contains("<a href=\"https://example.org/x\""));
                            assertTrue(status.content().contains("&lt;b&gt;"));
                            assertFalse(status.content().contains("<b>"));
                            assertEquals(List.of(bob.id(), remote.id()).stream().sorted().toList(), mentions);
                            assertEquals(List.of("strike"), tags);
                            assertTrue(core.federator.calls.contains("created " + status.id()));
                            return status;
                        })))
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void refusesBlankOverlongAndBadPolls(VertxTestContext ctx) {
        Future<Status> blank = core.statusService.post(alice, PostRequest.text("  ", Visibility.PUBLIC));
        Future<Status> long_ = core.statusService.post(alice, PostRequest.text("x".repeat(5001), Visibility.PUBLIC));
        Future<Status> poll = core.statusService.post(alice, new PostRequest("poll", Visibility.PUBLIC, "", false, null,
                null, List.of("only one"), 3600, false));
        Future<Status> noVisibility = core.statusService.post(alice, PostRequest.text("x", null));
        Future.join(blank, long_, poll, noVisibility).onComplete(done -> ctx.verify(() -> {
            for (Future<Status> f : List.of(blank, long_, poll, noVisibility)) {
                assertTrue(f.failed());
                assertEquals(422, ((ServiceException) f.cause()).status());
            }
            ctx.completeNow();
        }));
    }

    @Test
    void followersOnlyPostsAreHiddenFromNonFollowersAndCannotBeBoosted(VertxTestContext ctx) {
        core.statusService.post(alice, PostRequest.text("members only", Visibility.PRIVATE))
                .compose(status -> core.visibility.visibleTo(status, bob).map(visible -> {
                    assertFalse(visible);
                    return status;
                }))
                .compose(status -> core.statusService.reblog(bob, status.id()).otherwise(e -> {
                    assertEquals(404, ((ServiceException) e).status());
                    return null;
                }).map(status))
                .compose(status -> core.visibility.visibleTo(status, null).map(visible -> {
                    assertFalse(visible);
                    return status;
                }))
                .compose(status -> core.visibility.visibleToDomain(status, "other.test").map(visible -> {
                    assertFalse(visible);
                    return status;
                }))
                .compose(status -> core.follows.insertFollow(remote.id(), alice.id(), "https://other.test/f/1")
                        .compose(v -> core.visibility.visibleToDomain(status, "other.test")).map(visible -> {
                            assertTrue(visible);
                            return visible;
                        }))
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void directPostsAreVisibleOnlyToMentionedAccounts(VertxTestContext ctx) {
        core.statusService.post(alice, PostRequest.text("@bob secret", Visibility.DIRECT))
                .compose(status -> core.visibility.visibleTo(status, bob)
                        .compose(bobSees -> core.visibility.visibleToDomain(status, "other.test").map(otherSees -> {
                            assertTrue(bobSees);
                            assertFalse(otherSees);
                            return status;
                        })))
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void replyMentionsTheParentAuthorAndBoostsAndFavouritesAreIdempotent(VertxTestContext ctx) {
        core.statusService.post(bob, PostRequest.text("picket at noon", Visibility.PUBLIC))
                .compose(parent -> core.statusService.post(alice, PostRequest.text("count me in", Visibility.PUBLIC)
                                .replyingTo(parent.id()))
                        .compose(reply -> core.statuses.mentionedAccountIds(reply.id()).map(mentions -> {
                            assertEquals(parent.id(), reply.inReplyToId());
                            assertEquals(parent.uri(), reply.inReplyToUri());
                            assertEquals(List.of(bob.id()), mentions);
                            return parent;
                        })))
                .compose(parent -> core.statusService.reblog(alice, parent.id())
                        .compose(first -> core.statusService.reblog(alice, parent.id()).map(second -> {
                            assertEquals(first.id(), second.id());
                            assertEquals(parent.id(), first.reblogOfId());
                            return parent;
                        })))
                .compose(parent -> core.statusService.favourite(alice, parent.id())
                        .compose(v -> core.statusService.favourite(alice, parent.id()))
                        .compose(v -> core.interactions.countFavourites(parent.id())).map(count -> {
                            assertEquals(1L, count);
                            return parent;
                        }))
                .compose(parent -> core.statusService.delete(alice, parent.id()).otherwise(e -> {
                    assertEquals(404, ((ServiceException) e).status());
                    return null;
                }))
                .onComplete(ctx.succeedingThenComplete());
    }
}
