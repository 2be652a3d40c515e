package org.serge.core.solidarity.employer;

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
import org.serge.core.error.ServiceException;
import org.serge.core.solidarity.Solidarity;

@ExtendWith(VertxExtension.class)
class EmployerServiceTest {

    static final String PREFIX = "5493001KJTIIGC8Y1R";
    static final String LEI = PREFIX + Lei.checkDigits(PREFIX);

    private static Solidarity s;

    @BeforeAll
    static void setUp(Vertx vertx) {
        s = new Solidarity(vertx);
    }

    @Test
    void leiChecksumIsIso17442() {
        assertTrue(Lei.valid(LEI));
        assertTrue(Lei.valid("HWUPKR0MPOU8FGXBT394"), "Apple Inc.'s LEI");
        String wrong = PREFIX + String.format("%02d", (Integer.parseInt(Lei.checkDigits(PREFIX)) + 1) % 100);
        assertFalse(Lei.valid(wrong));
        assertFalse(Lei.valid("HWUPKR0MPOU8FGXBT39"));
        assertFalse(Lei.valid("hwupkr0mpou8fgxbt394"));
    }

    @Test
    void findsByLeiThenWikidataThenNameAndCountry(VertxTestContext ctx) {
        EmployerRef byLei = EmployerRef.named("Lei Corp", "DE").withLei(LEI);
        s.employers.findOrCreate(byLei)
                .compose(first -> s.employers.findOrCreate(EmployerRef.named("Other spelling AG", "FR").withLei(LEI))
                        .map(again -> {
                            assertEquals(first.id(), again.id());
                            assertEquals("Lei Corp", again.legalName(), "never overwritten");
                            return first;
                        }))
                .compose(v -> s.employers.findOrCreate(EmployerRef.named("Wiki Co", null).withWikidata("Q42")))
                .compose(wiki -> s.employers.findOrCreate(EmployerRef.named("Wiki Company", "GB").withWikidata("Q42"))
                        .map(again -> {
                            assertEquals(wiki.id(), again.id());
                            return wiki;
                        }))
                .compose(v -> s.employers.findOrCreate(new EmployerRef("Acme Ltd", List.of("Acme"), "GB", null, null,
                        null)))
                .compose(acme -> s.employers.findOrCreate(EmployerRef.named("ACME LTD", "GB")).compose(same ->
                        s.employers.findOrCreate(EmployerRef.named("Acme Ltd", "IE")).map(other -> {
                            assertEquals(acme.id(), same.id(), "case-insensitive name in the same country");
                            assertTrue(other.id() != acme.id(), "another country is another entity");
                            return acme;
                        })))
                .compose(v -> s.employers.search("acm", 10)).map(found -> {
                    assertEquals(List.of("Acme Ltd", "Acme Ltd"), found.stream().map(Employer::legalName).toList());
                    return found;
                })
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void searchMatchesAliasPrefixesAndEscapesWildcards(VertxTestContext ctx) {
        s.employers.findOrCreate(new EmployerRef("Zeta Holdings SE", List.of("Zed Logistics"), "DE", null, null, null))
                .compose(v -> s.employers.search("zed l", 10))
                .compose(byAlias -> s.employers.search("%", 10).map(wild -> {
                    assertEquals(List.of("Zeta Holdings SE"), byAlias.stream().map(Employer::legalName).toList());
                    assertTrue(wild.isEmpty());
                    return wild;
                }))
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void ultimateParentFollowsTheChainAndCyclesAreRefused(VertxTestContext ctx) {
        EmployerRef top = EmployerRef.named("Top Group plc", "GB");
        EmployerRef mid = EmployerRef.named("Mid Holding BV", "NL").withParent(top);
        EmployerRef leaf = EmployerRef.named("Leaf GmbH", "DE").withParent(mid);
        s.employers.findOrCreate(leaf)
                .compose(l -> s.employers.ultimateParent(l.id()).map(root -> {
                    assertEquals("Top Group plc", root.legalName());
                    return new long[]{l.id(), root.id()};
                }))
                .compose(ids -> s.employers.setParent(ids[1], ids[0])
                        .<long[]>transform(ar -> {
                            assertTrue(ar.failed());
                            assertEquals(422, ((ServiceException) ar.cause()).status());
                            return s.employers.setParent(ids[0], ids[0]).transform(self -> {
                                assertEquals(422, ((ServiceException) self.cause()).status());
                                return Future.succeededFuture(ids);
                            });
                        }))
                .compose(ids -> s.employers.ultimateParent(ids[0]).map(root -> {
                    assertEquals(ids[1], root.id(), "nothing changed");
                    return root;
                }))
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void invalidReferencesAre422AndWriteNothing(VertxTestContext ctx) {
        String badLei = PREFIX + (Lei.checkDigits(PREFIX).equals("00") ? "01" : "00");
        List<EmployerRef> bad = List.of(
                EmployerRef.named("Bad Lei", "DE").withLei(badLei),
                EmployerRef.named("Bad Lei 2", "DE").withLei("SHORT"),
                EmployerRef.named("Bad Wiki", "DE").withWikidata("42"),
                EmployerRef.named("Bad Country", "ZZ"),
                EmployerRef.named(" ", "DE"),
                EmployerRef.named("Child", "DE").withParent(EmployerRef.named("Parent", "QQ")));
        s.count("employers").compose(before -> {
                    List<Future<Employer>> attempts = bad.stream().map(s.employers::findOrCreate).toList();
                    return Future.join(attempts).transform(done -> s.count("employers").map(after -> {
                        for (Future<Employer> attempt : attempts) {
                            assertTrue(attempt.failed());
                            assertEquals(422, ((ServiceException) attempt.cause()).status(), attempt.cause().getMessage());
                        }
                        assertEquals(before, after);
                        return after;
                    }));
                })
                .onComplete(ctx.succeedingThenComplete());
    }
}
