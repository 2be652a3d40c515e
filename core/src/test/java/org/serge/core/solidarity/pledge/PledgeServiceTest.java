package org.serge.core.solidarity.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.solidarity.Solidarity;
import org.serge.core.solidarity.call.NewAsk;
import org.serge.core.solidarity.call.NewCall;
import org.serge.core.solidarity.call.NewCondition;
import org.serge.core.solidarity.call.RemoteCall;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.core.solidarity.vocab.CallState;
import org.serge.core.solidarity.vocab.PledgeSource;
import org.serge.core.solidarity.vocab.PledgeVisibility;
import org.serge.core.support.CoreServices;
import org.serge.testkit.Fixtures;

@ExtendWith(VertxExtension.class)
class PledgeServiceTest {

    static final OffsetDateTime TOMORROW = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1);
    static final List<NewAsk> ASKS = List.of(
            NewAsk.money("Give to the strike fund", null, "EUR", "https://fund.test/pay"),
            NewAsk.message("Write to the CEO", "ceo@megacorp.test"),
            NewAsk.attend("Join the picket", TOMORROW, "Gate 3"));

    private static Solidarity s;
    private static Account alice;
    private static Account bob;
    private static Account carol;
    private static final List<Account> remotes = new ArrayList<>();

    @BeforeAll
    static void setUp(Vertx vertx, VertxTestContext ctx) {
        s = new Solidarity(vertx);
        Future<Void> chain = Fixtures.insert(s.core.pool, Fixtures.ALICE)
                .compose(v -> Fixtures.insert(s.core.pool, Fixtures.BOB))
                .compose(v -> Fixtures.insert(s.core.pool, Fixtures.CAROL))
                .compose(v -> s.core.account(Fixtures.ALICE.id())).onSuccess(a -> alice = a)
                .compose(v -> s.core.account(Fixtures.BOB.id())).onSuccess(b -> bob = b)
                .compose(v -> s.core.account(Fixtures.CAROL.id())).onSuccess(c -> carol = c).mapEmpty();
        for (int i = 0; i < 24; i++) {
            int n = i;
            chain = chain.compose(v -> s.core.remote("worker" + n, "node" + (n % 3) + ".test", false))
                    .onSuccess(remotes::add).mapEmpty();
        }
        chain.onComplete(ctx.succeedingThenComplete());
    }

    private static Future<SolidarityCall> open(NewCondition condition) {
        return s.calls.open(alice, new NewCall(null, "Support the strike", "", ASKS, TOMORROW, condition, "en"));
    }

    private static RemotePledge remote(SolidarityCall call, Account who, String country, PledgedAsk... asks) {
        return new RemotePledge(call.uri(), who.id(), who.uri() + "/pledges/" + call.id(), "serge-pledge",
                NewPledge.of(country, asks));
    }

    private static void assert422(io.vertx.core.AsyncResult<?> f) {
        assertTrue(f.failed(), "expected a refusal");
        assertEquals(422, ((ServiceException) f.cause()).status(), f.cause().getMessage());
    }

    @Test
    void theConditionSwitchesToMetExactlyOnTheSatisfyingPledgeAndNeverBack(VertxTestContext ctx) {
        Account b1 = remotes.get(1);   // node1.test
        Account c1 = remotes.get(2);   // node2.test
        Account c2 = remotes.get(5);   // node2.test
        Account b2 = remotes.get(4);   // node1.test
        Account late = remotes.get(7); // node1.test
        List<PledgeResult> steps = new ArrayList<>();
        open(new NewCondition(4, 3, 3, new BigDecimal("100"), "EUR"))
                .compose(call -> s.pledges.pledge(bob, call.id(), NewPledge.of("DE", PledgedAsk.money(0, "50", "EUR")))
                        .onSuccess(steps::add)
                        .compose(r -> s.pledges.recordRemotePledge(remote(call, b1, "FR",
                                PledgedAsk.money(0, "30", "EUR"), PledgedAsk.to(1)))).onSuccess(steps::add)
                        .compose(r -> s.pledges.recordRemotePledge(remote(call, c1, "IT", PledgedAsk.to(1))))
                        .onSuccess(steps::add)
                        .compose(r -> s.pledges.recordRemotePledge(remote(call, c2, "IT",
                                PledgedAsk.money(0, "1000", "USD")))).onSuccess(steps::add)
                        .compose(r -> s.pledges.recordRemotePledge(remote(call, b2, "FR",
                                PledgedAsk.money(0, "20", "EUR"), PledgedAsk.people(2, 3)))).onSuccess(steps::add)
                        .compose(r -> s.pledges.recordRemotePledge(remote(call, late, null, PledgedAsk.to(1))))
                        .onSuccess(steps::add)
                        .map(call))
                .compose(call -> {
                    for (int i = 0; i < 4; i++) {
                        assertEquals(CallState.OPEN, steps.get(i).call().state(), "step " + i);
                        assertFalse(steps.get(i).justMet());
                    }
                    assertEquals(0, new BigDecimal("80").compareTo(steps.get(3).tally().conditionMoney()),
                            "dollars never count towards a euro condition");
                    PledgeResult trigger = steps.get(4);
                    assertTrue(trigger.justMet());
                    assertEquals(CallState.MET, trigger.call().state());
                    assertEquals(trigger.pledge().id(), trigger.call().metByPledgeId());
                    assertTrue(trigger.call().metAt() != null);
                    Tally t = trigger.tally();
                    assertEquals(5, t.pledges());
                    assertEquals(3, t.distinctNodes());
                    assertEquals(3, t.distinctCountries());
                    assertEquals(Map.of(CoreServices.DOMAIN, 1, "node1.test", 2, "node2.test", 2), t.perNode());
                    assertEquals(Map.of("DE", 1, "FR", 2, "IT", 2), t.perCountry());
                    assertEquals(0, new BigDecimal("100").compareTo(t.conditionMoney()));
                    assertEquals(4, t.perAsk().get(0).pledges());
                    assertEquals(0, new BigDecimal("100").compareTo(t.perAsk().get(0).money().get("EUR")));
                    assertEquals(0, new BigDecimal("1000").compareTo(t.perAsk().get(0).money().get("USD")));
                    assertEquals(2, t.perAsk().get(1).pledges());
                    assertEquals(3, t.perAsk().get(2).people());
                    PledgeResult after = steps.get(5);
                    assertFalse(after.justMet());
                    assertEquals(CallState.MET, after.call().state());
                    assertEquals(trigger.pledge().id(), after.call().metByPledgeId());
                    return s.pledges.deleteRemote(b2.uri() + "/pledges/" + call.id(), b2.id()).compose(deleted -> {
                        assertEquals(CallState.MET, deleted.call().state(), "met is irreversible");
                        assertEquals(0, new BigDecimal("80").compareTo(deleted.tally().conditionMoney()));
                        return s.pledges.withdraw(bob, call.id()).transform(ar -> {
                            assert422(ar);
                            return s.pledges.evaluate(call.id());
                        });
                    }).compose(evaluated -> {
                        assertEquals(CallState.MET, evaluated.call().state());
                        assertFalse(evaluated.justMet());
                        return s.core.statuses.poll(call.statusId());
                    }).map(poll -> {
                        assertEquals(List.of(3, 3, 0), poll.orElseThrow().votes(), "the poll mirrors the tally");
                        assertEquals(5, poll.get().votersCount());
                        return poll;
                    });
                })
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void oneLivePledgePerActorReplacedWhileOpenWithdrawnUntilMet(VertxTestContext ctx) {
        open(NewCondition.pledges(2))
                .compose(call -> s.pledges.pledge(bob, call.id(), NewPledge.of("DE", PledgedAsk.to(1)))
                        .compose(first -> s.pledges.pledge(bob, call.id(), NewPledge.of("DE", PledgedAsk.people(2, 4))))
                        .compose(second -> {
                            assertEquals(1, second.tally().pledges());
                            assertEquals(0, second.tally().perAsk().get(1).pledges());
                            assertEquals(4, second.tally().perAsk().get(2).people());
                            return s.pledges.withdraw(bob, call.id());
                        })
                        .compose(withdrawn -> {
                            assertEquals(0, withdrawn.tally().pledges());
                            assertEquals(CallState.OPEN, withdrawn.call().state());
                            return s.pledges.withdraw(bob, call.id()).transform(ar -> {
                                assertEquals(404, ((ServiceException) ar.cause()).status());
                                return s.pledges.pledge(bob, call.id(), NewPledge.of(null, PledgedAsk.money(0, "5", "EUR")));
                            });
                        })
                        .compose(v -> s.pledges.pledge(carol, call.id(), NewPledge.of(null, PledgedAsk.to(1))))
                        .compose(met -> {
                            assertTrue(met.justMet());
                            return s.pledges.pledge(bob, call.id(), NewPledge.of(null, PledgedAsk.to(1))).transform(ar -> {
                                assert422(ar);
                                return s.pledges.pledge(bob, call.id(), NewPledge.of(null, PledgedAsk.money(0, "5", "EUR"),
                                        PledgedAsk.to(1)));
                            });
                        })
                        .compose(grown -> {
                            assertEquals(2, grown.tally().pledges(), "after met a pledge may still grow");
                            return s.pledges.withdraw(carol, call.id()).transform(ar -> {
                                assert422(ar);
                                return Future.succeededFuture();
                            });
                        }))
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void pollVotesCountAsCountOnlyPledges(VertxTestContext ctx) {
        Account voter = remotes.get(10);
        open(NewCondition.pledges(2))
                .compose(call -> s.pledges.recordPollVote(call.uri(), voter.id(), 0, voter.uri() + "#votes/1")
                        .compose(v -> s.pledges.recordPollVote(call.uri(), voter.id(), 2, voter.uri() + "#votes/2"))
                        .compose(v -> s.pledges.recordPollVote(call.uri(), voter.id(), 2, voter.uri() + "#votes/2"))
                        .compose(r -> {
                            assertEquals(1, r.tally().pledges());
                            assertEquals(List.of(PledgedAsk.to(0), PledgedAsk.to(2)), r.pledge().asks());
                            assertEquals(PledgeVisibility.COUNT_ONLY, r.pledge().visibility());
                            assertEquals(PledgeSource.POLL_VOTE, r.pledge().source());
                            assertEquals("node1.test", r.pledge().node());
                            return s.pledges.recordPollVote(call.uri(), voter.id(), 3, null).transform(ar -> {
                                assert422(ar);
                                return s.pledges.recordPollVote(call.uri(), alice.id(), 1, null);
                            });
                        })
                        .compose(local -> {
                            assertTrue(local.justMet(), "a member's vote through the client API counts too");
                            assertEquals(Map.of(CoreServices.DOMAIN, 1, "node1.test", 1), local.tally().perNode());
                            return s.pledges.pledgesVisibleTo(call.id(), alice.id());
                        })
                        .map(view -> {
                            assertEquals(2, view.total());
                            assertTrue(view.named().isEmpty());
                            return view;
                        }))
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void twentyConcurrentPledgesEndConsistentAndMetSwitchesOnce(VertxTestContext ctx) {
        open(NewCondition.pledges(10)).compose(call -> {
            List<Future<PledgeResult>> all = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                all.add(s.pledges.recordRemotePledge(remote(call, remotes.get(i), "FR", PledgedAsk.money(0, "1", "EUR"))));
            }
            return Future.all(all).compose(done -> s.pledges.tally(call.id()).compose(tally -> s.calls.get(call.id())
                    .map(now -> {
                        List<PledgeResult> triggers = all.stream().map(Future::result).filter(PledgeResult::justMet)
                                .toList();
                        assertEquals(1, triggers.size(), "met switched exactly once");
                        assertEquals(10, triggers.get(0).tally().pledges(), "on the tenth pledge");
                        assertEquals(triggers.get(0).pledge().id(), now.metByPledgeId());
                        assertEquals(CallState.MET, now.state());
                        assertEquals(20, tally.pledges());
                        assertEquals(0, new BigDecimal("20").compareTo(tally.perAsk().get(0).money().get("EUR")));
                        assertEquals(3, tally.distinctNodes());
                        long open = all.stream().filter(f -> f.result().call().state() == CallState.OPEN).count();
                        assertEquals(9, open, "nine pledges saw the call still open");
                        return now;
                    })));
        }).onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void countOnlyPledgersAreNeverNamedAndCallerOnlyOnlyToTheCaller(VertxTestContext ctx) {
        Account hidden = remotes.get(11);
        open(null)
                .compose(call -> s.pledges.pledge(bob, call.id(), NewPledge.of("DE", PledgedAsk.to(1)).visible("public"))
                        .compose(v -> s.pledges.pledge(carol, call.id(),
                                NewPledge.of("DE", PledgedAsk.to(1)).visible("caller-only")))
                        .compose(v -> s.pledges.recordRemotePledge(remote(call, hidden, "FR", PledgedAsk.to(1))))
                        .compose(v -> Future.all(s.pledges.pledgesVisibleTo(call.id(), null),
                                s.pledges.pledgesVisibleTo(call.id(), bob.id()),
                                s.pledges.pledgesVisibleTo(call.id(), carol.id()),
                                s.pledges.pledgesVisibleTo(call.id(), alice.id()),
                                s.pledges.pledgesVisibleTo(call.id(), hidden.id())))
                        .map(views -> {
                            List<List<String>> named = new ArrayList<>();
                            for (int i = 0; i < 5; i++) {
                                VisiblePledges v = views.resultAt(i);
                                assertEquals(3, v.total());
                                assertEquals(3 - v.named().size(), v.unnamed());
                                named.add(v.named().stream().map(PledgeView::acct).toList());
                                assertFalse(v.named().stream().anyMatch(p -> p.accountId() == hidden.id()),
                                        "a count-only pledger is named to nobody, the caller included");
                                assertFalse(v.toString().contains(hidden.username()));
                            }
                            assertEquals(List.of("bob"), named.get(0));
                            assertEquals(List.of("bob"), named.get(1));
                            assertEquals(List.of("bob"), named.get(2));
                            assertEquals(List.of("bob", "carol"), named.get(3), "the caller sees caller-only pledgers");
                            assertEquals(List.of("bob"), named.get(4));
                            return views;
                        }))
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void closedExpiredAndInvalidPledgesAre422AndWriteNothing(VertxTestContext ctx) {
        Account origin = remotes.get(12);
        RemoteCall past = new RemoteCall("https://node0.test/users/worker12/statuses/5", null, origin.id(), null,
                new NewCall(null, "Past", "", ASKS, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), null, null), null,
                null);
        s.calls.storeRemote(past).compose(expired -> open(null).compose(call -> s.calls.open(alice,
                        new NewCall(null, "Cancelled", "", ASKS, TOMORROW, null, null))
                .compose(c -> s.calls.cancel(alice, c.id()))
                .compose(cancelled -> s.counts().compose(before -> {
                    List<Future<PledgeResult>> bad = List.of(
                            s.pledges.pledge(bob, expired.id(), NewPledge.of(null, PledgedAsk.to(1))),
                            s.pledges.recordPollVote(expired.uri(), bob.id(), 1, null),
                            s.pledges.pledge(bob, cancelled.id(), NewPledge.of(null, PledgedAsk.to(1))),
                            s.pledges.pledge(bob, call.id(), NewPledge.of(null)),
                            s.pledges.pledge(bob, call.id(), NewPledge.of(null, PledgedAsk.to(3))),
                            s.pledges.pledge(bob, call.id(), NewPledge.of(null, PledgedAsk.to(1), PledgedAsk.to(1))),
                            s.pledges.pledge(bob, call.id(), NewPledge.of(null, PledgedAsk.money(1, "5", "EUR"))),
                            s.pledges.pledge(bob, call.id(), NewPledge.of(null, PledgedAsk.money(0, "-5", "EUR"))),
                            s.pledges.pledge(bob, call.id(), NewPledge.of(null, PledgedAsk.money(0, "5", "EUX"))),
                            s.pledges.pledge(bob, call.id(), NewPledge.of(null, PledgedAsk.people(0, 2))),
                            s.pledges.pledge(bob, call.id(), NewPledge.of(null, PledgedAsk.people(2, 0))),
                            s.pledges.pledge(bob, call.id(), NewPledge.of("ZZ", PledgedAsk.to(1))),
                            s.pledges.pledge(bob, call.id(), NewPledge.of(null, PledgedAsk.to(1)).visible("secret")),
                            s.pledges.recordRemotePledge(new RemotePledge(call.uri(), bob.id(), "https://x.test/p", "reply",
                                    NewPledge.of(null, PledgedAsk.to(1)))),
                            s.pledges.recordRemotePledge(new RemotePledge(call.uri(), origin.id(), "https://x.test/p",
                                    "carrier-pigeon", NewPledge.of(null, PledgedAsk.to(1)))));
                    return Future.join(bad).transform(done -> s.counts().map(after -> {
                        for (int i = 0; i < bad.size(); i++) {
                            assertTrue(bad.get(i).failed(), "bad pledge " + i);
                            assertEquals(422, ((ServiceException) bad.get(i).cause()).status(),
                                    "bad pledge " + i + ": " + bad.get(i).cause().getMessage());
                        }
                        assertEquals(before, after);
                        return after;
                    }));
                }))))
                .onComplete(ctx.succeedingThenComplete());
    }
}
