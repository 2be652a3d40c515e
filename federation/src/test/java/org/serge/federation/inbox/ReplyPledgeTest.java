package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.serge.core.solidarity.call.NewAsk;
import org.serge.core.solidarity.call.NewCall;
import org.serge.core.solidarity.call.NewCondition;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.federation.solidarity.SolidarityServices;
import org.serge.federation.vocab.Fixtures;

/**
 * A plain reply from Mastodon to one of our calls (the fixture's shape: a Note with content, inReplyTo, a
 * mention) is a count-only pledge to the asks it names, or to all when it names none; one live pledge per
 * replier; a Delete of the reply withdraws it while the call is open, not once it is met. The reply stays a post.
 */
class ReplyPledgeTest extends HandlerTestBase {

    private static SolidarityCall call(NewCondition condition) {
        SolidarityServices services = SolidarityServices.of(bed.pool, bed.uris, "serge.test");
        return InboxTestBed.await(services.calls().open(bed.local("alice"), new NewCall(null, "Back the dock strike",
                "Write to the port authority or boycott the brand.",
                List.of(NewAsk.message("Write to the port", "port@example.com"),
                        NewAsk.boycott("Boycott QuickShip", List.of("QuickShip"), List.of())),
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(3), condition, "en")));
    }

    /** Mastodon's Create of a reply (shared fixture), re-addressed: its author, ids, target and text replaced. */
    private static JsonObject mastodonReply(RemoteUser author, String id, String inReplyTo, String html) {
        JsonObject create = new JsonObject(new String(Fixtures.bytes("mastodon/activity-create_note.json"),
                StandardCharsets.UTF_8));
        String object = author.uri() + "/statuses/" + id;
        JsonObject note = create.getJsonObject("object");
        note.put("id", object).put("url", object).put("atomUri", object).put("attributedTo", author.uri())
                .put("inReplyTo", inReplyTo).put("inReplyToAtomUri", inReplyTo).put("content", html)
                .put("contentMap", new JsonObject().put("en", html))
                .put("to", new JsonArray().add(author.uri() + "/followers"))
                .put("cc", new JsonArray().add("https://www.w3.org/ns/activitystreams#Public")
                        .add(bed.actorUri("alice")))
                .put("tag", new JsonArray().add(new JsonObject().put("type", "Mention")
                        .put("href", bed.actorUri("alice")).put("name", "@alice@serge.test")));
        return create.put("id", object + "/activity").put("actor", author.uri())
                .put("to", note.getJsonArray("to").copy()).put("cc", note.getJsonArray("cc").copy());
    }

    /** The asks of the actor's live pledge to the call. */
    private static List<Integer> asks(SolidarityCall call, String actorUri) {
        String json = InboxTestBed.await(bed.pool.preparedQuery("SELECT p.asks::text FROM pledges p JOIN accounts a"
                        + " ON a.id = p.account_id WHERE p.call_id = $1 AND a.uri = $2")
                .execute(io.vertx.sqlclient.Tuple.of(call.id(), actorUri)))
                .iterator().next().getString(0);
        return new JsonArray(json).stream().map(a -> ((JsonObject) a).getInteger("ask")).toList();
    }

    @Test
    void aReplyPledgesToTheAsksItNamesOrAllAndADeleteWithdrawsItWhileOpen() {
        SolidarityCall call = call(null);
        RemoteUser felix = bed.remote("https://mastodon.example/users/felix");
        RemoteUser rosa = bed.remote("https://gts.example/users/rosa");

        // naming an ask: a count-only pledge to it, and the reply is a post in the call's thread
        bed.handle(felix, mastodonReply(felix, "1", call.uri(), "<p><span class=\"h-card\"><a href=\""
                + bed.actorUri("alice") + "\" class=\"u-url mention\">@<span>alice</span></a></span> count me in for"
                + " the boycott quickship!</p>"));
        assertEquals(1, bed.count("SELECT count(*) FROM pledges WHERE call_id = $1 AND source = 'reply'"
                + " AND visibility = 'count-only'", call.id()));
        assertEquals(List.of(1), asks(call, felix.uri()));
        assertEquals(1, bed.count("SELECT count(*) FROM statuses WHERE uri = $1 AND in_reply_to_id = $2",
                felix.uri() + "/statuses/1", call.statusId()));

        // a second reply naming nothing: one live pledge, now to every ask
        bed.handle(felix, mastodonReply(felix, "2", call.uri(), "<p>Solidarity from Madrid!</p>"));
        assertEquals(1, bed.count("SELECT count(*) FROM pledges WHERE call_id = $1", call.id()));
        assertEquals(List.of(0, 1), asks(call, felix.uri()));

        // a reply naming nothing from another server: all asks
        bed.handle(rosa, mastodonReply(rosa, "9", call.uri(), "<p>We're in.</p>"));
        assertEquals(2, bed.count("SELECT count(*) FROM pledges WHERE call_id = $1", call.id()));
        assertEquals(List.of(2, 2), List.of(InboxTestBed.await(bed.pool.preparedQuery(
                "SELECT votes FROM polls WHERE status_id = $1").execute(io.vertx.sqlclient.Tuple.of(call.statusId())))
                .iterator().next().getArrayOfIntegers(0)), "the poll shows the counts to Mastodon");

        // a Delete of the reply that made the pledge withdraws it while the call is open
        bed.handle(felix, activity(felix, "Delete", "d1", new JsonObject().put("id", felix.uri() + "/statuses/1")
                .put("type", "Tombstone")));
        assertEquals(0, bed.count("SELECT count(*) FROM statuses WHERE uri = $1", felix.uri() + "/statuses/1"));
        assertEquals(1, bed.count("SELECT count(*) FROM pledges WHERE call_id = $1", call.id()));

        // replies to other posts, and replies that are someone else's Delete, change nothing
        bed.handle(felix, mastodonReply(felix, "3", "https://elsewhere.example/notes/1", "<p>Boycott QuickShip</p>"));
        RemoteUser mallory = bed.remote("https://mallory.example/users/mallory");
        bed.handle(mallory, activity(mallory, "Delete", "d2", rosa.uri() + "/statuses/9"));
        assertEquals(1, bed.count("SELECT count(*) FROM pledges WHERE call_id = $1", call.id()));
    }

    @Test
    void onceTheCallIsMetADeletedReplyStaysCounted() {
        SolidarityCall call = call(new NewCondition(1, null, null, null, null));
        RemoteUser ana = bed.remote("https://misskey.example/users/ana");
        bed.handle(ana, mastodonReply(ana, "1", call.uri(), "<p>Write to the port: done.</p>"));
        assertEquals(1, bed.count("SELECT count(*) FROM solidarity_calls WHERE id = $1 AND state = 'met'",
                call.id()));
        bed.handle(ana, activity(ana, "Delete", "d1", ana.uri() + "/statuses/1"));
        assertEquals(0, bed.count("SELECT count(*) FROM statuses WHERE uri = $1", ana.uri() + "/statuses/1"));
        assertEquals(1, bed.count("SELECT count(*) FROM pledges WHERE call_id = $1 AND source = 'reply'",
                call.id()));
    }
}
