package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.error.ServiceException;
import org.serge.core.moderation.DomainBlocks;
import org.serge.core.crypto.RsaKeys;
import org.serge.federation.signature.HttpSignatureSigner;
import org.serge.federation.signature.HttpSignatureVerifier;
import org.serge.federation.signature.RequestOrigin;
import org.serge.federation.signature.SignableRequest;
import org.serge.federation.signature.SignatureScheme;

@ExtendWith(VertxExtension.class)
class InboxReceiverTest {

    private static final RequestOrigin NODE = new RequestOrigin("https", "serge.test");
    private static final String AP_JSON = "application/activity+json";

    private static InboxTestBed bed;
    private static DbSignerKeys keys;
    private static InboxReceiver receiver;
    private static final AtomicInteger wakes = new AtomicInteger();
    private static final java.util.Queue<String> verifiedHosts = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private static RemoteUser rita;
    private static RemoteUser sam;

    @BeforeAll
    static void setUp(Vertx vertx) {
        bed = new InboxTestBed(vertx);
        keys = new DbSignerKeys(bed.remoteAccounts);
        DomainBlocks blocks = new DomainBlocks(bed.pool);
        InboxTestBed.await(blocks.block("blocked.example"));
        receiver = new InboxReceiver(bed.codec, new HttpSignatureVerifier(Clock.systemUTC()), keys, blocks,
                bed.accounts, new InboxStore(bed.pool), wakes::incrementAndGet, verifiedHosts::add, null);
        rita = bed.remote("https://remote.example/users/rita");
        sam = bed.remote("https://remote.example/users/sam");
    }

    @AfterAll
    static void tearDown() {
        bed.close();
    }

    private static JsonObject follow(RemoteUser actor, String id) {
        return new JsonObject().put("id", id).put("type", "Follow").put("actor", actor.uri())
                .put("object", bed.actorUri("alice"));
    }

    private static SignableRequest signed(SignatureScheme scheme, byte[] body, String contentType, String keyId,
                                          PrivateKey key, Clock clock) {
        SignableRequest request = new SignableRequest("POST", "/users/alice/inbox",
                Map.of("Content-Type", List.of(contentType)), body);
        return new HttpSignatureSigner(clock).sign(scheme, request, NODE, keyId, key);
    }

    private static SignableRequest signedBy(RemoteUser signer, JsonObject activity) {
        return signed(SignatureScheme.CAVAGE, activity.encode().getBytes(StandardCharsets.UTF_8), AP_JSON,
                signer.keyId(), signer.keys().getPrivate(), Clock.systemUTC());
    }

    private static Future<InboxReceipt> receive(SignableRequest request) {
        return receiver.receive(request, NODE, Optional.of("alice"));
    }

    private static long stored(String activityId) {
        return bed.count("SELECT count(*) FROM inbox_activities WHERE activity_id = $1", activityId);
    }

    private static long storedTotal() {
        return bed.count("SELECT count(*) FROM inbox_activities");
    }

    /** Asserts the refusal and that it stored nothing at all. */
    private static void assertRefused(int status, SignableRequest request) {
        long before = storedTotal();
        ServiceException e = assertInstanceOf(ServiceException.class,
                assertThrows(Exception.class, () -> InboxTestBed.await(receive(request))));
        assertEquals(status, e.status(), e.getMessage());
        assertEquals(before, storedTotal());
    }

    @Test
    void aSignedActivityIsStoredOnceAndWakesTheProcessor() {
        String id = rita.uri() + "/follows/ok";
        int wakesBefore = wakes.get();
        InboxReceipt first = InboxTestBed.await(receive(signedBy(rita, follow(rita, id))));
        InboxReceipt second = InboxTestBed.await(receive(signedBy(rita, follow(rita, id))));

        assertEquals(InboxOutcome.STORED, first.outcome());
        assertEquals(InboxOutcome.DUPLICATE, second.outcome());
        assertEquals(1, stored(id));
        assertEquals(wakesBefore + 1, wakes.get());
        // the delivery queue's revive hook hears of the signer's host
        org.junit.jupiter.api.Assertions.assertTrue(verifiedHosts.contains("remote.example"), verifiedHosts.toString());
    }

    @Test
    void rfc9421SignaturesAndTheSharedInboxWork() {
        String id = rita.uri() + "/follows/rfc";
        SignableRequest request = signed(SignatureScheme.RFC9421, follow(rita, id).encode().getBytes(
                StandardCharsets.UTF_8), "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"",
                rita.keyId(), rita.keys().getPrivate(), Clock.systemUTC());
        assertEquals(InboxOutcome.STORED, InboxTestBed.await(receiver.receive(request, NODE, Optional.empty()))
                .outcome());
        assertEquals(1, stored(id));
    }

    @Test
    void wrongContentTypeIs415() {
        byte[] body = follow(rita, rita.uri() + "/f/ct").encode().getBytes(StandardCharsets.UTF_8);
        assertRefused(415, signed(SignatureScheme.CAVAGE, body, "text/plain", rita.keyId(),
                rita.keys().getPrivate(), Clock.systemUTC()));
    }

    @Test
    void oversizedBodyIs413() {
        JsonObject big = follow(rita, rita.uri() + "/f/big").put("content", "x".repeat(1024 * 1024));
        assertRefused(413, signedBy(rita, big));
    }

    @Test
    void malformedOrShapelessJsonIs400() {
        for (String body : List.of("{\"id\": ", "[1, 2]", "\"text\"", "{\"type\":\"Follow\",\"actor\":\"x\"}",
                "{\"id\":\"https://remote.example/1\",\"type\":[\"Follow\"],\"actor\":\"https://remote.example/users/rita\"}",
                "{\"id\":5,\"type\":\"Follow\",\"actor\":\"https://remote.example/users/rita\"}")) {
            assertRefused(400, signed(SignatureScheme.CAVAGE, body.getBytes(StandardCharsets.UTF_8), AP_JSON,
                    rita.keyId(), rita.keys().getPrivate(), Clock.systemUTC()));
        }
    }

    @Test
    void tooManyPollOptionsIs422() {
        JsonArray options = new JsonArray();
        for (int i = 0; i < 201; i++) {
            options.add(new JsonObject().put("type", "Note").put("name", "option " + i));
        }
        JsonObject create = new JsonObject().put("id", rita.uri() + "/c/poll").put("type", "Create")
                .put("actor", rita.uri()).put("object", new JsonObject().put("id", rita.uri() + "/q/1")
                        .put("type", "Question").put("attributedTo", rita.uri()).put("oneOf", options));
        assertRefused(422, signedBy(rita, create));
    }

    @Test
    void missingSignatureIs401() {
        assertRefused(401, new SignableRequest("POST", "/users/alice/inbox",
                Map.of("Content-Type", List.of(AP_JSON)),
                follow(rita, rita.uri() + "/f/unsigned").encode().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void badSignatureIs401AfterOneKeyRefresh() {
        int refreshes = keys.refreshes.get();
        assertRefused(401, signed(SignatureScheme.CAVAGE, follow(rita, rita.uri() + "/f/bad").encode()
                        .getBytes(StandardCharsets.UTF_8), AP_JSON, rita.keyId(), RsaKeys.generate().getPrivate(),
                Clock.systemUTC()));
        assertEquals(refreshes + 1, keys.refreshes.get());
    }

    @Test
    void keyOwnerOtherThanTheActorIs401() {
        assertRefused(401, signedBy(sam, follow(rita, rita.uri() + "/f/forged")));
    }

    @Test
    void activityIdOfAnotherOriginIs403() {
        assertRefused(403, signedBy(rita, follow(rita, "https://elsewhere.example/activities/1")));
    }

    @Test
    void oldDateIs401() {
        Clock twoHoursAgo = Clock.offset(Clock.systemUTC(), Duration.ofHours(-2));
        assertRefused(401, signed(SignatureScheme.CAVAGE, follow(rita, rita.uri() + "/f/old").encode()
                .getBytes(StandardCharsets.UTF_8), AP_JSON, rita.keyId(), rita.keys().getPrivate(), twoHoursAgo));
    }

    @Test
    void digestMismatchIs401() {
        SignableRequest request = signedBy(rita, follow(rita, rita.uri() + "/f/digest"));
        SignableRequest tampered = new SignableRequest(request.method(), request.target(), request.headers(),
                follow(rita, rita.uri() + "/f/digest2").encode().getBytes(StandardCharsets.UTF_8));
        assertRefused(401, tampered);
    }

    @Test
    void blockedDomainsAreAcceptedAndDroppedWithoutFetchingKeys() {
        RemoteUser blocked = bed.remote("https://sub.blocked.example/users/b");
        int lookups = keys.lookups.get();
        InboxReceipt byActor = InboxTestBed.await(receive(signedBy(blocked, follow(blocked, blocked.uri() + "/f/1"))));
        // signed by a blocked key for an actor elsewhere
        SignableRequest byKey = signed(SignatureScheme.CAVAGE, follow(rita, rita.uri() + "/f/viablocked").encode()
                        .getBytes(StandardCharsets.UTF_8), AP_JSON, "https://blocked.example/users/x#main-key",
                rita.keys().getPrivate(), Clock.systemUTC());
        InboxReceipt byKeyReceipt = InboxTestBed.await(receive(byKey));

        assertEquals(InboxOutcome.DROPPED, byActor.outcome());
        assertEquals(InboxOutcome.DROPPED, byKeyReceipt.outcome());
        assertEquals(lookups, keys.lookups.get());
        assertEquals(0, stored(blocked.uri() + "/f/1"));
        assertEquals(0, stored(rita.uri() + "/f/viablocked"));
    }

    @Test
    void aDeleteFromAGoneActorIsDroppedAndOtherActivitiesRefused() {
        RemoteUser gone = bed.remote("https://remote.example/users/gone");
        keys.gone.add(gone.keyId());
        JsonObject delete = new JsonObject().put("id", gone.uri() + "#delete").put("type", "Delete")
                .put("actor", gone.uri()).put("object", gone.uri());
        assertEquals(InboxOutcome.DROPPED, InboxTestBed.await(receive(signedBy(gone, delete))).outcome());
        assertEquals(0, stored(gone.uri() + "#delete"));
        assertRefused(401, signedBy(gone, follow(gone, gone.uri() + "/f/gone")));
    }

    @Test
    void anUnknownLocalRecipientIs404() {
        SignableRequest request = signedBy(rita, follow(rita, rita.uri() + "/f/nobody"));
        long before = storedTotal();
        ServiceException e = assertInstanceOf(ServiceException.class, assertThrows(Exception.class,
                () -> InboxTestBed.await(receiver.receive(request, NODE, Optional.of("nobody")))));
        assertEquals(404, e.status());
        assertEquals(before, storedTotal());
    }
}
