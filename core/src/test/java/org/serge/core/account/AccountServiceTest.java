package org.serge.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.error.ServiceException;
import org.serge.testkit.TestDatabase;

@ExtendWith(VertxExtension.class)
class AccountServiceTest {

    private static Pool pool;
    private static AccountService service;

    @BeforeAll
    static void setUp(Vertx vertx) {
        pool = TestDatabase.fresh().pool(vertx);
        service = new AccountService(vertx, pool, new AccountRepository(pool), Set.of("org"));
    }

    @AfterAll
    static void tearDown() {
        pool.close();
    }

    @Test
    void createsAMemberWithKeysAndFindsIt(VertxTestContext ctx) {
        service.createMember(NewAccount.member("jo", "jo@example.test", false))
                .compose(created -> service.localActor("JO").map(actor -> {
                    assertEquals(created.account().id(), actor.account().id());
                    assertEquals(ActorType.Person, actor.account().actorType());
                    assertTrue(actor.keys().rsaPublicPem().startsWith("-----BEGIN PUBLIC KEY-----"));
                    assertTrue(actor.keys().rsaPrivatePem().startsWith("-----BEGIN PRIVATE KEY-----"));
                    assertEquals(32, actor.keys().ed25519Public().length);
                    return actor;
                }))
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void concurrentCreationOfOneNameLetsExactlyOneWin(VertxTestContext ctx) {
        List<Future<CreatedAccount>> attempts = List.of(
                service.createMember(NewAccount.member("kit", null, false)),
                service.createMember(NewAccount.member("Kit", null, false)),
                service.createMember(NewAccount.member("KIT", null, false)));
        Future.join(attempts).onComplete(done -> ctx.verify(() -> {
            long won = attempts.stream().filter(Future::succeeded).count();
            assertEquals(1, won);
            attempts.stream().filter(Future::failed).forEach(f -> {
                assertTrue(f.cause() instanceof ServiceException);
                assertEquals(409, ((ServiceException) f.cause()).status());
            });
            ctx.completeNow();
        }));
    }

    @Test
    void refusesReservedAndMalformedNames(VertxTestContext ctx) {
        service.createMember(NewAccount.member("org", null, false))
                .onComplete(ctx.failing(e -> ctx.verify(() -> {
                    assertEquals(422, ((ServiceException) e).status());
                    service.createMember(NewAccount.member("no spaces", null, false))
                            .onComplete(ctx.failing(e2 -> ctx.verify(() -> {
                                assertEquals(422, ((ServiceException) e2).status());
                                ctx.completeNow();
                            })));
                })));
    }

    @Test
    void unknownAndMalformedLookupsAreNotFound(VertxTestContext ctx) {
        service.localActor("nobody").onComplete(ctx.failing(e -> ctx.verify(() -> {
            assertEquals(404, ((ServiceException) e).status());
            service.localActor("nul\u0000byte").onComplete(ctx.failing(e2 -> ctx.verify(() -> {
                assertEquals(404, ((ServiceException) e2).status());
                ctx.completeNow();
            })));
        })));
    }

    @Test
    void nodeActorsAreCreatedOnceAndFollowTheConfiguration(VertxTestContext ctx) {
        NewAccount group = new NewAccount("org", ActorType.Group, "Union", "first", null, false, false);
        service.ensureNodeActor(group)
                .compose(first -> service.ensureNodeActor(
                                new NewAccount("org", ActorType.Group, "Union", "second", null, false, false))
                        .map(second -> {
                            assertEquals(first.account().id(), second.account().id());
                            assertEquals("second", second.account().summary());
                            assertEquals(ActorType.Group, second.account().actorType());
                            return second;
                        }))
                .onComplete(ctx.succeedingThenComplete());
    }
}
