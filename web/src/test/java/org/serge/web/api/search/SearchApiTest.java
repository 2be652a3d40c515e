package org.serge.web.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.account.ActorType;
import org.serge.core.account.NewAccount;
import org.serge.core.status.PostRequest;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;
import org.serge.testkit.Eventually;
import org.serge.testkit.Fixtures;
import org.serge.web.api.misc.ApiCalls;
import org.serge.web.testing.TestNode;

/** Search on node A, which finds bob on node B by his handle with resolve=true. */
class SearchApiTest {

    private static TestNode a;
    private static TestNode b;
    private static ApiCalls api;
    private static String alice;

    @BeforeAll
    static void start() {
        a = TestNode.start().with(Fixtures.ALICE, Fixtures.CAROL);
        b = TestNode.start().with(Fixtures.BOB);
        api = new ApiCalls(a);
        alice = api.token("alice", "read write follow");
    }

    @AfterAll
    static void stop() {
        for (TestNode node : new TestNode[]{a, b}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> field(JsonArray items, String name) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(((JsonObject) item).getString(name)));
        return values;
    }

    @Test
    void resolvesARemoteAccountByHandleStoresItAndItCanBeFollowed() {
        String handle = "bob@" + b.domain();
        JsonObject unresolved = api.object("/api/v2/search?type=accounts&q=" + q(handle), alice);
        assertEquals(new JsonArray(), unresolved.getJsonArray("accounts"), "unknown until resolved");
        assertEquals(0, a.count("SELECT count(*) FROM accounts WHERE username = 'bob'"));

        JsonObject found = api.object("/api/v2/search?resolve=true&q=" + q("@" + handle), alice);
        JsonArray accounts = found.getJsonArray("accounts");
        assertEquals(1, accounts.size(), found.encode());
        JsonObject bob = accounts.getJsonObject(0);
        assertEquals(handle, bob.getString("acct"));
        assertEquals(b.url("/users/bob"), bob.getString("uri"));
        assertEquals(new JsonArray(), found.getJsonArray("statuses"));
        assertEquals(new JsonArray(), found.getJsonArray("hashtags"));
        assertEquals(1, a.count("SELECT count(*) FROM accounts WHERE username = 'bob' AND domain = $1", b.domain()));

        // now known: found without resolving, by handle and by prefix, through both endpoints
        assertEquals(List.of(handle), field(api.object("/api/v2/search?q=" + q(handle), alice)
                .getJsonArray("accounts"), "acct"));
        assertEquals(List.of(handle), field(api.array("/api/v1/accounts/search?q=bo", alice), "acct"));

        HttpResponse<String> follow = api.post("/api/v1/accounts/" + bob.getString("id") + "/follow", alice, null, null);
        assertEquals(200, follow.statusCode(), follow.body());
        Account bobOnA = a.resolve("bob", b.domain());
        Eventually.within10s("B's Accept reaches A", () -> a.count("SELECT count(*) FROM follows WHERE account_id = $1"
                + " AND target_account_id = $2", a.member("alice").id(), bobOnA.id()) == 1);
        assertEquals(List.of(handle), field(api.array("/api/v1/accounts/search?following=true&q=bob", alice),
                "acct"));
    }

    @Test
    void resolvesAnActorUrlAndIgnoresWhatDoesNotResolve() {
        b.await(b.node().wiring().accounts().createMember(new NewAccount("dora", ActorType.Person, "Dora", "",
                null, false, false)));
        assertEquals(new JsonArray(), api.object("/api/v2/search?q=" + q(b.url("/users/dora")), alice)
                .getJsonArray("accounts"), "unknown without resolve");
        JsonObject byUrl = api.object("/api/v2/search?resolve=true&q=" + q(b.url("/users/dora")), alice);
        assertEquals(List.of("dora@" + b.domain()), field(byUrl.getJsonArray("accounts"), "acct"));
        JsonObject nobody = api.object("/api/v2/search?resolve=true&q=" + q("nobody@" + b.domain()), alice);
        assertEquals(new JsonArray(), nobody.getJsonArray("accounts"));
        JsonObject unreachable = api.object("/api/v2/search?resolve=true&q=" + q("x@localhost:1"), alice);
        assertEquals(new JsonArray(), unreachable.getJsonArray("accounts"));
    }

    @Test
    void localAccountsByUsernameOrDisplayNamePrefix() {
        assertEquals(List.of("carol"), field(api.array("/api/v1/accounts/search?q=car", alice), "acct"));
        assertEquals(List.of("carol"), field(api.object("/api/v2/search?q=%40car&type=accounts", alice)
                .getJsonArray("accounts"), "acct"));
        assertEquals(List.of("carol"), field(api.object("/api/v2/search?type=accounts&q=" + q("carol@" + a.domain()),
                alice).getJsonArray("accounts"), "acct"));
        assertEquals(new JsonArray(), api.object("/api/v2/search?q=" + q("%"), alice).getJsonArray("accounts"),
                "LIKE wildcards are literal");
        assertTrue(field(api.object("/api/v2/search?type=accounts&q=" + q(a.domain().split(":")[0]), alice)
                .getJsonArray("accounts"), "acct").isEmpty(), "the node's Application actor is not found");
    }

    @Test
    void statusesOnlyThoseTheViewerMayFindAndHashtags() {
        Account carol = a.member("carol");
        var statuses = a.node().wiring().statuses();
        Status open = a.await(statuses.post(carol, PostRequest.text("Picket line at dawn #picket", Visibility.PUBLIC)));
        a.await(statuses.post(carol, PostRequest.text("Picket secret plan #picketsecret", Visibility.PRIVATE)));
        a.await(statuses.post(carol, PostRequest.text("Picket direct to alice @alice", Visibility.DIRECT)));
        a.await(statuses.post(carol, PostRequest.text("Picket quietly", Visibility.UNLISTED)));
        Status own = a.await(statuses.post(a.member("alice"), PostRequest.text("Picket notes", Visibility.PRIVATE)));

        JsonObject found = api.object("/api/v2/search?type=statuses&q=picket", alice);
        assertEquals(List.of(String.valueOf(own.id()), String.valueOf(open.id())),
                field(found.getJsonArray("statuses"), "id"), "public ones and her own, never others' private");
        assertEquals(new JsonArray(), found.getJsonArray("accounts"));

        JsonObject anonymous = api.object("/api/v2/search?type=statuses&q=picket", null);
        assertEquals(List.of(String.valueOf(open.id())), field(anonymous.getJsonArray("statuses"), "id"));

        JsonObject byUri = api.object("/api/v2/search?resolve=true&q=" + q(open.uri()), alice);
        assertEquals(List.of(String.valueOf(open.id())), field(byUri.getJsonArray("statuses"), "id"));
        String secretUri = a.count("SELECT count(*) FROM statuses WHERE visibility = 'private'") > 0
                ? open.uri().replace(String.valueOf(open.id()), String.valueOf(own.id())) : null;
        JsonObject othersPrivate = api.object("/api/v2/search?resolve=true&q=" + q(secretUri),
                api.token("carol", "read"));
        assertEquals(new JsonArray(), othersPrivate.getJsonArray("statuses"), "alice's private post, found by carol");

        JsonObject tags = api.object("/api/v2/search?type=hashtags&q=%23pick", alice);
        assertEquals(List.of("picket"), field(tags.getJsonArray("hashtags"), "name"),
                "a tag used only on a private post stays unknown");
        assertEquals(a.url("/tags/picket"), tags.getJsonArray("hashtags").getJsonObject(0).getString("url"));
    }

    @Test
    void authenticationAndBadParameters() {
        assertEquals(401, api.get("/api/v2/search?q=bob&resolve=true", null).statusCode());
        assertEquals(401, api.get("/api/v2/search?q=bob&offset=5", null).statusCode());
        assertEquals(200, api.get("/api/v2/search?q=bob", null).statusCode(), "a token is optional");
        assertEquals(401, api.get("/api/v2/search?q=bob", "bad-token").statusCode());
        assertEquals(403, api.get("/api/v2/search?q=bob", api.token("alice", "write")).statusCode());
        assertEquals(200, api.get("/api/v2/search?q=bob", api.token("alice", "read:search")).statusCode());
        assertEquals(401, api.get("/api/v1/accounts/search?q=bob", null).statusCode());
        assertEquals(403, api.get("/api/v1/accounts/search?q=bob", api.token("alice", "read:statuses")).statusCode());
        assertEquals(400, api.get("/api/v2/search", alice).statusCode());
        assertEquals(422, api.get("/api/v2/search?q=bob&type=people", alice).statusCode());
        assertEquals(422, api.get("/api/v2/search?q=bob&offset=-1", alice).statusCode());
        assertEquals(422, api.get("/api/v2/search?q=" + "x".repeat(600), alice).statusCode());
        JsonObject empty = api.object("/api/v2/search?q=", alice);
        assertEquals(0, empty.getJsonArray("accounts").size() + empty.getJsonArray("statuses").size()
                + empty.getJsonArray("hashtags").size());
    }
}
