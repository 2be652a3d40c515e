package org.serge.web.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.status.PostRequest;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;
import org.serge.testkit.Eventually;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

/** Three Serge nodes on loopback federating with each other through their real inboxes and delivery queues. */
class FederationTest {

    private static final String AS_JSON = "application/activity+json";

    private static TestNode a;
    private static TestNode b;
    private static TestNode c;

    @BeforeAll
    static void start() {
        a = TestNode.start().with(Fixtures.ALICE);
        b = TestNode.start().with(Fixtures.BOB);
        c = TestNode.start().with(Fixtures.CAROL);
    }

    @AfterAll
    static void stop() {
        for (TestNode node : new TestNode[]{a, b, c}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static long statusesWithUri(TestNode node, String uri) {
        return node.count("SELECT count(*) FROM statuses WHERE uri = $1", uri);
    }

    /** bob@B follows alice@A and A accepts; returns alice as B knows her. */
    private static Account bobFollowsAlice() {
        Account aliceOnB = b.resolve("alice", a.domain());
        Account bob = b.member("bob");
        b.await(b.node().wiring().follows().follow(bob, aliceOnB));
        Eventually.within10s("B records bob following alice after A's Accept", () -> b.count(
                "SELECT count(*) FROM follows WHERE account_id = $1 AND target_account_id = $2",
                bob.id(), aliceOnB.id()) == 1);
        return aliceOnB;
    }

    @Test
    void followPostReplyBoostLikeDeleteAndUnfollow() {
        Account aliceOnB = bobFollowsAlice();
        assertEquals(1, a.count("SELECT count(*) FROM follows f JOIN accounts x ON x.id = f.account_id"
                + " WHERE x.username = 'bob' AND x.domain = $1", b.domain()));

        Account alice = a.member("alice");
        Status post = a.await(a.node().wiring().statuses().post(alice,
                PostRequest.text("Strike at the depot tomorrow #solidarity", Visibility.PUBLIC)));
        Eventually.within10s("B stores alice's post", () -> statusesWithUri(b, post.uri()) == 1);
        assertEquals(0, statusesWithUri(c, post.uri()), "C follows nobody and gets nothing");

        Account bob = b.member("bob");
        long postOnB = b.count("SELECT id FROM statuses WHERE uri = $1", post.uri());
        Status reply = b.await(b.node().wiring().statuses().post(bob,
                PostRequest.text("We'll be there", Visibility.PUBLIC).replyingTo(postOnB)));
        Eventually.within10s("A stores bob's reply as a reply", () -> a.count(
                "SELECT count(*) FROM statuses WHERE uri = $1 AND in_reply_to_id = $2", reply.uri(), post.id()) == 1);

        b.await(b.node().wiring().statuses().reblog(bob, postOnB));
        Eventually.within10s("A records bob's boost", () -> a.count(
                "SELECT count(*) FROM statuses WHERE reblog_of_id = $1", post.id()) == 1);

        b.await(b.node().wiring().statuses().favourite(bob, postOnB));
        Eventually.within10s("A records bob's like", () -> a.count(
                "SELECT count(*) FROM favourites WHERE status_id = $1", post.id()) == 1);

        b.await(b.node().wiring().statuses().unfavourite(bob, postOnB));
        Eventually.within10s("A removes bob's like after Undo", () -> a.count(
                "SELECT count(*) FROM favourites WHERE status_id = $1", post.id()) == 0);

        a.await(a.node().wiring().statuses().delete(alice, post.id()));
        Eventually.within10s("B deletes its copy of alice's post", () -> statusesWithUri(b, post.uri()) == 0);

        b.await(b.node().wiring().follows().unfollow(bob, aliceOnB));
        Eventually.within10s("A removes the follow after Undo(Follow)", () -> a.count(
                "SELECT count(*) FROM follows f JOIN accounts x ON x.id = f.account_id WHERE x.username = 'bob'") == 0);
    }

    @Test
    void followersOnlyPostsReachFollowersOnlyAndAreServedOnlyToThem() {
        bobFollowsAlice();
        Account alice = a.member("alice");
        Status secret = a.await(a.node().wiring().statuses().post(alice,
                PostRequest.text("Meeting moved to the back room", Visibility.PRIVATE)));
        Eventually.within10s("B (a follower's server) stores the followers-only post",
                () -> statusesWithUri(b, secret.uri()) == 1);
        assertEquals("private", b.count("SELECT count(*) FROM statuses WHERE uri = $1 AND visibility = 'private'",
                secret.uri()) == 1 ? "private" : "other");
        assertEquals(0, statusesWithUri(c, secret.uri()));

        HttpResponse<String> anonymous = Http.get(secret.uri(), "Accept", AS_JSON);
        assertEquals(404, anonymous.statusCode(), "an unsigned fetch of a followers-only post");
        HttpResponse<String> html = Http.get(secret.uri(), "Accept", "text/html");
        assertEquals(404, html.statusCode());
        assertFalse(html.body().contains("back room"));

        // C's node fetches with its own signature: no follower there, so 404; B's node has one, so 200
        assertTrue(c.await(c.node().wiring().fetcher().fetch(secret.uri()).map(d -> false).otherwise(true)));
        assertEquals(secret.uri(), b.await(b.node().wiring().fetcher().fetch(secret.uri())).id());
    }

    @Test
    void directPostsReachOnlyTheMentionedAccount() {
        Account alice = a.member("alice");
        Status dm = a.await(a.node().wiring().statuses().post(alice,
                PostRequest.text("@carol@" + c.domain() + " can you cover the night shift?", Visibility.DIRECT)));
        Eventually.within10s("C stores the direct message", () -> statusesWithUri(c, dm.uri()) == 1);
        assertEquals(1, c.count("SELECT count(*) FROM statuses s JOIN status_mentions m ON m.status_id = s.id"
                + " JOIN accounts x ON x.id = m.account_id WHERE s.uri = $1 AND x.username = 'carol'"
                + " AND x.domain IS NULL AND s.visibility = 'direct'", dm.uri()));
        assertEquals(0, statusesWithUri(b, dm.uri()));
    }

    @Test
    void aLockedAccountTurnsAFollowIntoARequestUntilApproved() {
        a.await(a.node().wiring().accounts().createMember(new org.serge.core.account.NewAccount("dora",
                org.serge.core.account.ActorType.Person, "Dora", "", null, false, true)));
        Account doraOnC = c.resolve("dora", a.domain());
        assertTrue(doraOnC.locked());
        Account carol = c.member("carol");
        assertFalse(c.await(c.node().wiring().follows().follow(carol, doraOnC)));
        Eventually.within10s("A holds carol's follow request", () -> a.count(
                "SELECT count(*) FROM follow_requests r JOIN accounts x ON x.id = r.account_id"
                        + " WHERE x.username = 'carol'") == 1);
        assertEquals(0, c.count("SELECT count(*) FROM follows WHERE account_id = $1", carol.id()));

        Account dora = a.member("dora");
        Account carolOnA = a.resolve("carol", c.domain());
        a.await(a.node().wiring().follows().acceptRequest(dora, carolOnA.id()));
        Eventually.within10s("C records the follow once dora accepts", () -> c.count(
                "SELECT count(*) FROM follows WHERE account_id = $1 AND target_account_id = $2",
                carol.id(), doraOnC.id()) == 1);
    }

    @Test
    void aBlockReachesTheBlockedServerAndEndsTheFollow() {
        Account aliceOnB = bobFollowsAlice();
        Account alice = a.member("alice");
        Account bobOnA = a.resolve("bob", b.domain());
        a.await(a.node().wiring().follows().block(alice, bobOnA));
        Eventually.within10s("B records alice's block and drops bob's follow", () -> b.count(
                "SELECT count(*) FROM blocks WHERE account_id = $1", aliceOnB.id()) == 1
                && b.count("SELECT count(*) FROM follows WHERE target_account_id = $1", aliceOnB.id()) == 0);
        a.await(a.node().wiring().follows().unblock(alice, bobOnA));
        Eventually.within10s("B removes the block after Undo(Block)", () -> b.count(
                "SELECT count(*) FROM blocks WHERE account_id = $1", aliceOnB.id()) == 0);
    }
}
