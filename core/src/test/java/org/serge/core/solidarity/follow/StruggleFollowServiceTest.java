package org.serge.core.solidarity.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.solidarity.Solidarity;
import org.serge.core.solidarity.employer.Employer;
import org.serge.core.solidarity.employer.EmployerRef;
import org.serge.core.solidarity.report.RemoteReport;
import org.serge.core.solidarity.report.StruggleReport;
import org.serge.testkit.Fixtures;

/**
 * Follows of employers, sectors, countries and hashtags against reports received from other nodes (the path
 * every received report takes, whether it came by a Create, a Group's Announce, a boost or a fetch) and local
 * ones: fan-out when a report is stored, backfill when a follow is made.
 */
@ExtendWith(VertxExtension.class)
class StruggleFollowServiceTest {

    private static Solidarity s;
    private static Account alice;
    private static Account bob;
    private static Account rosa;
    private static Account yuki;

    @BeforeAll
    static void setUp(Vertx vertx) {
        s = new Solidarity(vertx);
        await(Fixtures.insert(s.core.pool, Fixtures.ALICE));
        await(Fixtures.insert(s.core.pool, Fixtures.BOB));
        alice = await(s.core.account(Fixtures.ALICE.id()));
        bob = await(s.core.account(Fixtures.BOB.id()));
        rosa = await(s.core.remote("rosa", "other.test", false));
        yuki = await(s.core.remote("yuki", "far.test", false));
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.await(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }

    private static StruggleReport received(Account author, String title, EmployerRef employer, String country,
                                           String sector) {
        String uri = "https://" + author.domain() + "/users/" + author.username() + "/statuses/" + Snowflake.next();
        return await(s.reports.storeRemote(new RemoteReport(uri, uri, author.id(), OffsetDateTime.now(),
                Solidarity.report(title, employer, country, sector, "ongoing", 40, null, null, List.of()), null)));
    }

    private static List<Long> feed(Account member) {
        return await(s.follows.feed(member, null, 40));
    }

    @Test
    void sectorFollowsMatchTheCodesBelowThemAndCountryFollowsTheirCountry() {
        StruggleReport trucks = received(rosa, "Truckers strike", EmployerRef.named("Road Co", "FR"), "FR", "H4923");
        StruggleReport bakery = received(rosa, "Bakery strike", EmployerRef.named("Bread SA", "FR"), "FR", "C1071");
        StruggleReport port = received(yuki, "Dock strike", EmployerRef.named("Port KK", "JP"), "JP", "H5222");

        await(s.follows.follow(bob, FollowSubject.sector("ISIC", "4", "H49")));
        assertEquals(List.of(trucks.statusId()), feed(bob), "H49 matches H4923 (backfill), not H5222 nor C1071");
        StruggleReport later = received(yuki, "Bus strike", EmployerRef.named("Bus KK", "JP"), "JP", "H4921");
        assertEquals(List.of(later.statusId(), trucks.statusId()), feed(bob), "a later H4921 report joins (fan-out)");

        await(s.follows.follow(bob, FollowSubject.country("jp")));
        assertEquals(List.of(later.statusId(), port.statusId(), trucks.statusId()), feed(bob),
                "a report matching two follows shows once");
        await(s.follows.follow(bob, FollowSubject.country("JP"))); // again: nothing changes
        assertEquals(2, await(s.follows.follows(bob)).size());

        await(s.follows.unfollow(bob, FollowSubject.sector(null, null, "h49")));
        assertEquals(List.of(later.statusId(), port.statusId()), feed(bob), "the sector's reports leave with it");
        assertTrue(feed(bob).stream().noneMatch(id -> id == bakery.statusId()));
        await(s.follows.unfollow(bob, FollowSubject.country("JP")));
        assertEquals(List.of(), feed(bob));
    }

    @Test
    void anEmployerFollowMatchesItsSubsidiariesAsOtherNodesNameThem() {
        Employer group = await(s.employers.findOrCreate(EmployerRef.named("Mega Freight Group SE", "DE")
                .withWikidata("Q900001").withParent(EmployerRef.named("Mega Holding AG", "CH"))));
        await(s.follows.follow(alice, FollowSubject.employer(group.id())));
        // another node names the parent by its Wikidata id under another name, and the subsidiary in Spain
        StruggleReport spain = received(rosa, "Mega Freight Spain walkout",
                EmployerRef.named("Mega Freight España SL", "ES").withParent(EmployerRef.named("MegaFreight", "DE")
                        .withWikidata("Q900001")), "ES", "H52");
        // a third names the group itself by its legal name, in other capitals
        StruggleReport germany = received(yuki, "Mega Freight depot strike",
                EmployerRef.named("MEGA FREIGHT GROUP SE", "DE"), "DE", "H52");
        // the holding's other business is above the followed employer, so it does not match
        StruggleReport holding = received(yuki, "Holding office strike", EmployerRef.named("Mega Holding AG", "CH"),
                "CH", "K64");
        StruggleReport other = received(rosa, "Other strike", EmployerRef.named("Other GmbH", "DE"), "DE", "H52");
        assertEquals(List.of(germany.statusId(), spain.statusId()), feed(alice));
        assertTrue(!feed(alice).contains(holding.statusId()) && !feed(alice).contains(other.statusId()));
    }

    @Test
    void hashtagFollowsBlockedAuthorsAndDeletedReports() {
        Account carolish = await(s.core.remote("mara", "third.test", false));
        await(s.follows.follow(alice, FollowSubject.hashtag("#Portugal")));
        StruggleReport lisbon = received(carolish, "Lisbon strike", EmployerRef.named("Tram SA", "PT"), "PT", "I55");
        assertTrue(feed(alice).contains(lisbon.statusId()), "reports carry their country's hashtag");
        // a blocked author's reports never enter the feed
        await(s.core.pool.preparedQuery("INSERT INTO blocks (id, account_id, target_account_id) VALUES ($1, $2, $3)")
                .execute(Tuple.of(Snowflake.next(), alice.id(), yuki.id())));
        StruggleReport porto = received(yuki, "Porto strike", EmployerRef.named("Metro SA", "PT"), "PT", "I55");
        assertTrue(!feed(alice).contains(porto.statusId()));
        // a deleted report leaves the feed
        await(s.core.statuses.delete(lisbon.statusId()));
        assertTrue(!feed(alice).contains(lisbon.statusId()));
    }

    @Test
    void badSubjectsAreRefusedAndWriteNothing() {
        long before = await(s.count("struggle_follows"));
        assertEquals(422, assertThrows(ServiceException.class, () -> FollowSubject.country("ZZ")).status());
        assertEquals(422, assertThrows(ServiceException.class, () -> FollowSubject.country("")).status());
        assertEquals(422, assertThrows(ServiceException.class, () -> FollowSubject.sector("ISIC", "4", "Z9")).status());
        assertEquals(422, assertThrows(ServiceException.class, () -> FollowSubject.sector("ISIC", "4", "H%")).status());
        assertEquals(422, assertThrows(ServiceException.class, () -> FollowSubject.hashtag("a b")).status());
        assertEquals(422, assertThrows(ServiceException.class, () -> FollowSubject.hashtag("x".repeat(101))).status());
        ServiceException unknown = assertThrows(ServiceException.class,
                () -> await(s.follows.follow(alice, FollowSubject.employer(123456789L))));
        assertEquals(404, unknown.status());
        ServiceException remote = assertThrows(ServiceException.class,
                () -> await(s.follows.follow(rosa, FollowSubject.country("DE"))));
        assertEquals(403, remote.status());
        ServiceException notFollowed = assertThrows(ServiceException.class,
                () -> await(s.follows.unfollow(alice, FollowSubject.country("NO"))));
        assertEquals(404, notFollowed.status());
        assertEquals(before, await(s.count("struggle_follows")));
    }
}
