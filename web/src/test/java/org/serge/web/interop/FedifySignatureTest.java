package org.serge.web.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.serge.core.crypto.Multikey;
import org.serge.core.crypto.RsaKeys;
import org.serge.federation.proof.ProofSigner;
import org.serge.federation.proof.ProofVerifier;
import org.serge.federation.signature.HttpSignatureSigner;
import org.serge.federation.signature.SignableRequest;
import org.serge.federation.signature.SignatureScheme;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

/**
 * Serge's signature and proof libraries against Fedify 2.3.6's verifiers, and the other way round. Fedify fetches
 * alice's keys from a running node, as it would for a real delivery. Until Serge delivers by itself, the test posts
 * what Serge's signer produced.
 */
class FedifySignatureTest {

    /** Headers java.net.http sets itself and refuses from callers; it writes the same values. */
    private static final Set<String> SET_BY_CLIENT = Set.of("host", "content-length");

    private static FedifyPeer fedify;
    private static TestNode node;

    @BeforeAll
    static void start() {
        fedify = FedifyPeer.start();
        node = TestNode.start().with(Fixtures.ALICE);
    }

    @AfterAll
    static void stop() {
        if (fedify != null) {
            fedify.close();
        }
        if (node != null) {
            node.close();
        }
    }

    private static String alice() {
        return node.url("/users/alice");
    }

    private static JsonObject follow() {
        return new JsonObject()
                .put("@context", "https://www.w3.org/ns/activitystreams")
                .put("id", alice() + "#follows/" + UUID.randomUUID())
                .put("type", "Follow")
                .put("actor", alice())
                .put("object", fedify.actorId());
    }

    private static SignableRequest signedByAlice(SignatureScheme scheme, byte[] body) {
        return new HttpSignatureSigner(Clock.systemUTC()).sign(scheme, "POST", URI.create(fedify.inbox()),
                Map.of("Content-Type", List.of("application/activity+json")), body, alice() + "#main-key",
                RsaKeys.parsePrivate(Fixtures.ALICE.rsaPrivatePem()));
    }

    private static HttpResponse<String> post(SignableRequest signed, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fedify.inbox()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signed.headers().forEach((name, values) -> {
            if (!SET_BY_CLIENT.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return Http.send(request.build());
    }

    @ParameterizedTest
    @EnumSource(SignatureScheme.class)
    void fedifyVerifiesAnActivitySignedBySergesSigner(SignatureScheme scheme) {
        fedify.reset();
        JsonObject activity = follow();
        byte[] body = activity.encode().getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post(signedByAlice(scheme, body), body);

        assertEquals(202, response.statusCode(), response.body() + "\nrejected: " + fedify.rejected() + "\n"
                + fedify.log());
        JsonArray received = fedify.received();
        assertEquals(1, received.size(), received.encodePrettily());
        JsonObject accepted = received.getJsonObject(0);
        assertEquals(activity.getString("id"), accepted.getString("id"));
        assertEquals(alice(), accepted.getString("actor"));
        assertEquals(alice() + "#main-key", accepted.getString("keyId"));
        String spec = scheme == SignatureScheme.CAVAGE ? FedifyPeer.Spec.CAVAGE.wireName()
                : FedifyPeer.Spec.RFC9421.wireName();
        assertEquals(spec, accepted.getString("signatureSpec"));
        // Fedify fetched the key from the node for the first of these tests and keeps it in its key cache.
    }

    @ParameterizedTest
    @EnumSource(SignatureScheme.class)
    void fedifyRefusesABodyChangedAfterSigning(SignatureScheme scheme) {
        fedify.reset();
        byte[] signedBody = follow().encode().getBytes(StandardCharsets.UTF_8);
        byte[] otherBody = follow().put("type", "Undo").encode().getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post(signedByAlice(scheme, signedBody), otherBody);

        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.statusCode() + " "
                + response.body());
        assertEquals(0, fedify.received().size(), fedify.received().encodePrettily());
    }

    @Test
    void fedifyVerifiesAProofMadeBySergesProofSigner() {
        JsonObject note = new JsonObject()
                .put("@context", new JsonArray().add("https://www.w3.org/ns/activitystreams")
                        .add("https://w3id.org/security/data-integrity/v2"))
                .put("id", alice() + "/notes/" + UUID.randomUUID())
                .put("type", "Note")
                .put("attributedTo", alice())
                .put("content", "<p>An injury to one is an injury to all</p>");
        JsonObject signed = ProofSigner.sign(note, alice() + "#ed25519-key", Fixtures.ALICE.ed25519Private(),
                Instant.now());

        JsonObject result = fedify.verifyProof(signed);
        assertEquals(true, result.getBoolean("verified"), result.encodePrettily() + "\n" + fedify.log());
        assertEquals(note.getString("id"), result.getString("id"));

        JsonObject forged = signed.copy().put("content", "<p>forged</p>");
        assertEquals(false, fedify.verifyProof(forged).getBoolean("verified"));
    }

    @Test
    void sergesProofVerifierAcceptsAProofMadeByFedify() {
        JsonObject note = new JsonObject()
                .put("@context", "https://www.w3.org/ns/activitystreams")
                .put("id", fedify.origin() + "/notes/" + UUID.randomUUID())
                .put("type", "Note")
                .put("attributedTo", fedify.actorId())
                .put("content", "Solidarity forever");
        JsonObject signed = fedify.signProof(note);
        JsonObject fedifyActor = fedify.lookup(fedify.actorId());
        JsonObject multikey = fedifyActor.getJsonArray("assertionMethods").getJsonObject(0);

        var proof = new ProofVerifier().verify(signed, Multikey.decodeEd25519(multikey.getString("publicKeyMultibase")));

        assertEquals(multikey.getString("id"), proof.verificationMethod());
    }
}
