package org.serge.core.solidarity.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.solidarity.Solidarity;
import org.serge.core.solidarity.vocab.AskType;
import org.serge.core.solidarity.vocab.CallState;
import org.serge.testkit.Fixtures;

@ExtendWith(VertxExtension.class)
class CallServiceTest {

    static final OffsetDateTime TOMORROW = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1);

    private static Solidarity s;
    private static Account alice;
    private static Account bob;
    private static Account remote;

    @BeforeAll
    static void setUp(Vertx vertx, VertxTestContext ctx) {
        s = new Solidarity(vertx);
        Fixtures.insert(s.core.pool, Fixtures.ALICE)
                .compose(v -> Fixtures.insert(s.core.pool, Fixtures.BOB))
                .compose(v -> s.core.account(Fixtures.ALICE.id())).onSuccess(a -> alice = a)
                .compose(v -> s.core.account(Fixtures.BOB.id())).onSuccess(b -> bob = b)
                .compose(v -> s.core.remote("rosa", "other.test", false)).onSuccess(r -> remote = r)
                .onComplete(ctx.succeedingThenComplete());
    }

    static List<NewAsk> asks() {
        return List.of(NewAsk.money("Give to the strike fund", "20", "EUR", "https://fund.test/pay"),
                NewAsk.message("Write to the CEO", "ceo@megacorp.test"),
                NewAsk.attend("Join the picket", TOMORROW, "Gate 3, Leipzig"),
                NewAsk.boycott("Boycott Megacorp", List.of("Megacorp"), List.of("megacorp.test")),
                NewAsk.of("sympathy-action", "Sympathy action", "Stop for 10 minutes"),
                NewAsk.of("sign", "Sign the letter", null));
    }

    static NewCall call(List<NewAsk> asks, NewCondition condition) {
        return new NewCall(null, "Support the Leipzig strike", "They need help.", asks, TOMORROW, condition, "en");
    }

    @Test
    void opensACallWithAQuestionWhoseOptionsAreTheAsks(VertxTestContext ctx) {
        s.calls.open(alice, call(asks(), new NewCondition(10, 3, 2, new BigDecimal("500"), "eur")))
                .compose(c -> s.core.statuses.findById(c.statusId()).compose(status -> s.core.statuses.poll(c.statusId())
                        .compose(poll -> s.calls.get(c.id()).map(stored -> {
                            assertEquals("Question", status.orElseThrow().objectType());
                            assertEquals(c.uri(), status.get().uri());
                            assertTrue(status.get().content().contains("Goes ahead with at least 10 pledges, 3 nodes,"
                                    + " 2 countries, 500 EUR"), status.get().content());
                            assertEquals(asks().stream().map(NewAsk::label).toList(), poll.orElseThrow().options());
                            assertTrue(poll.get().multiple());
                            assertEquals(Collections.nCopies(6, 0), poll.get().votes());
                            assertEquals(CallState.OPEN, stored.state());
                            assertEquals(new CallCondition(10, 3, 2, new BigDecimal("500"), "EUR").minPledges(),
                                    stored.condition().minPledges());
                            assertEquals(0, new BigDecimal("500").compareTo(stored.condition().minMoney()));
                            assertEquals("EUR", stored.condition().currency());
                            Ask money = stored.asks().get(0);
                            assertEquals(AskType.MONEY, money.type());
                            assertEquals("https://fund.test/pay", money.payeeUrl());
                            assertEquals(0, new BigDecimal("20").compareTo(money.amount()));
                            assertEquals("ceo@megacorp.test", stored.asks().get(1).target());
                            assertEquals("Gate 3, Leipzig", stored.asks().get(2).place());
                            assertEquals(List.of("megacorp.test"), stored.asks().get(3).domains());
                            assertEquals(5, stored.asks().get(5).index());
                            return stored;
                        }))))
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void invalidCallsAre422AndWriteNothing(VertxTestContext ctx) {
        List<NewAsk> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(NewAsk.of("sign", "Sign " + i, null));
        }
        List<NewCall> bad = List.of(
                call(List.of(NewAsk.of("donate", "Donate", null)), null),
                call(List.of(NewAsk.money("Money", "10", null, "https://fund.test")), null),
                call(List.of(NewAsk.money("Money", "10", "EURO", "https://fund.test")), null),
                call(List.of(NewAsk.money("Money", "10", "EUR", "javascript:alert(1)")), null),
                call(List.of(NewAsk.money("Money", "-10", "EUR", "https://fund.test")), null),
                call(List.of(NewAsk.message("Write", " ")), null),
                call(List.of(NewAsk.attend("Come", null, "Gate 3")), null),
                call(List.of(NewAsk.boycott("Boycott", List.of(), List.of())), null),
                call(List.of(NewAsk.boycott("Boycott", List.of(), List.of("not a domain"))), null),
                call(List.of(NewAsk.of("sign", "Same", null), NewAsk.of("sign", "same", null)), null),
                call(List.of(NewAsk.of("sign", "x".repeat(51), null)), null),
                call(List.of(), null),
                call(eleven, null),
                call(asks(), new NewCondition(null, null, null, null, null)),
                call(asks(), new NewCondition(0, null, null, null, null)),
                call(asks(), new NewCondition(null, null, null, new BigDecimal("100"), "ABC")),
                call(asks(), new NewCondition(null, null, null, null, "EUR")),
                call(List.of(NewAsk.of("sign", "Sign", null)), new NewCondition(null, null, null, BigDecimal.TEN, "EUR")),
                new NewCall(null, "Late", "", asks(), OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), null, null),
                new NewCall(null, "No deadline", "", asks(), null, null, null),
                new NewCall(null, " ", "", asks(), TOMORROW, null, null),
                new NewCall(424242L, "Unknown report", "", asks(), TOMORROW, null, null));
        s.counts().compose(before -> {
            List<Future<SolidarityCall>> attempts = bad.stream().map(c -> s.calls.open(alice, c)).toList();
            return Future.join(attempts).transform(done -> s.counts().map(after -> {
                for (int i = 0; i < attempts.size(); i++) {
                    assertTrue(attempts.get(i).failed(), "bad call " + i);
                    assertEquals(422, ((ServiceException) attempts.get(i).cause()).status(),
                            "bad call " + i + ": " + attempts.get(i).cause().getMessage());
                }
                assertEquals(before, after);
                return after;
            }));
        }).onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void theCallerCancelsWhileOpenAndExecutesOnceMetOrUnconditional(VertxTestContext ctx) {
        s.calls.open(alice, call(asks(), NewCondition.pledges(5)))
                .compose(c -> s.calls.execute(alice, c.id()).transform(ar -> {
                    assertEquals(422, ((ServiceException) ar.cause()).status(), "a conditional call must be met first");
                    return s.calls.cancel(bob, c.id());
                }).transform(ar -> {
                    assertEquals(404, ((ServiceException) ar.cause()).status(), "only the caller cancels");
                    return s.calls.cancel(alice, c.id());
                }))
                .compose(cancelled -> {
                    assertEquals(CallState.CANCELLED, cancelled.state());
                    assertTrue(cancelled.closedAt() != null);
                    return s.calls.cancel(alice, cancelled.id()).transform(ar -> {
                        assertEquals(422, ((ServiceException) ar.cause()).status());
                        return s.calls.open(alice, call(asks(), null));
                    });
                })
                .compose(unconditional -> s.calls.execute(alice, unconditional.id()))
                .compose(executed -> {
                    assertEquals(CallState.EXECUTED, executed.state());
                    assertNull(executed.metAt(), "a call without a condition is never met");
                    return s.calls.cancel(alice, executed.id()).transform(ar -> {
                        assertEquals(422, ((ServiceException) ar.cause()).status());
                        return Future.succeededFuture();
                    });
                })
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void expireDueExpiresOpenCallsPastTheirDeadlineOnce(VertxTestContext ctx) {
        s.calls.open(alice, call(asks(), NewCondition.pledges(3)))
                .compose(open -> s.calls.open(alice, call(asks(), null)).compose(c -> s.calls.cancel(alice, c.id()))
                        .compose(cancelled -> s.calls.expireDue(OffsetDateTime.now(ZoneOffset.UTC)).compose(none -> {
                            assertFalse(none.stream().anyMatch(c -> c.id() == open.id()), "not yet due");
                            return s.calls.expireDue(TOMORROW.plusDays(1));
                        }).compose(expired -> {
                            assertTrue(expired.stream().anyMatch(c -> c.id() == open.id()));
                            assertFalse(expired.stream().anyMatch(c -> c.id() == cancelled.id()));
                            expired.forEach(c -> assertEquals(CallState.EXPIRED, c.state()));
                            return s.calls.expireDue(TOMORROW.plusDays(1));
                        }).compose(again -> {
                            assertTrue(again.isEmpty());
                            return s.calls.get(cancelled.id()).map(c -> {
                                assertEquals(CallState.CANCELLED, c.state());
                                return c;
                            });
                        })))
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void storesRemoteCallsAndTheirOriginsStateChanges(VertxTestContext ctx) {
        String uri = "https://other.test/users/rosa/statuses/99";
        RemoteCall incoming = new RemoteCall(uri, null, remote.id(), null, call(asks(), NewCondition.pledges(2)), null,
                null);
        s.calls.storeRemote(incoming)
                .compose(c -> {
                    assertFalse(c.local());
                    assertEquals(CallState.OPEN, c.state());
                    return s.calls.storeRemote(incoming).transform(ar -> {
                        assertEquals(409, ((ServiceException) ar.cause()).status());
                        return s.calls.applyRemoteState(uri, alice.id(), "cancelled");
                    }).transform(ar -> {
                        assertEquals(404, ((ServiceException) ar.cause()).status());
                        return s.calls.applyRemoteState(uri, remote.id(), "reopened");
                    }).transform(ar -> {
                        assertEquals(422, ((ServiceException) ar.cause()).status());
                        return s.calls.applyRemoteState(uri, remote.id(), "executed");
                    });
                })
                .map(c -> {
                    assertEquals(CallState.EXECUTED, c.state());
                    return c;
                })
                .onComplete(ctx.succeedingThenComplete());
    }
}
