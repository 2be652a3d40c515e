package org.serge.federation.proof;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.serge.core.crypto.Base58;
import org.serge.core.crypto.Ed25519Keys;

/**
 * Checks FEP-8b32 integrity proofs (DataIntegrityProof, eddsa-jcs-2022, assertionMethod) in two steps, so that the
 * caller can resolve the key asynchronously between them: {@link #parse} reads the proof and exposes its
 * verification method, {@link #verify(ParsedProof, byte[])} checks the signature with the resolved key.
 * Neither step checks who may use the key: see {@link ProofOrigin} and {@link AssertionMethods}.
 */
public final class ProofVerifier {

    private final Clock clock;

    public ProofVerifier() {
        this(Clock.systemUTC());
    }

    /** The clock decides whether a proof with an {@code expires} member has expired. */
    public ProofVerifier(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reads the single proof of a signed document.
     *
     * @throws MissingProofException if there is no proof
     * @throws UnsupportedProofException for another type, cryptosuite or purpose, or a set of several proofs
     * @throws MalformedProofException if a member is absent, of the wrong type or badly encoded
     * @throws InvalidProofException if the proof has expired or its @context does not match the document's
     */
    public ParsedProof parse(JsonObject securedDocument) {
        JsonObject proof = singleProof(securedDocument.getValue(EddsaJcs2022.PROOF));
        requireValue(proof, "type", EddsaJcs2022.PROOF_TYPE);
        requireValue(proof, "cryptosuite", EddsaJcs2022.CRYPTOSUITE);
        requireValue(proof, "proofPurpose", EddsaJcs2022.PURPOSE);
        String verificationMethod = verificationMethod(proof);
        byte[] signature = signature(proof);
        Instant created = dateTime(proof, "created");
        Instant expires = dateTime(proof, "expires");
        if (expires != null && !clock.instant().isBefore(expires)) {
            throw new InvalidProofException("proof has expired");
        }
        if (proof.containsKey(EddsaJcs2022.CONTEXT)
                && !startsWith(securedDocument.getValue(EddsaJcs2022.CONTEXT), proof.getValue(EddsaJcs2022.CONTEXT))) {
            throw new InvalidProofException("proof @context does not match the document");
        }
        JsonObject options = proof.copy();
        options.remove(EddsaJcs2022.PROOF_VALUE);
        JsonObject unsecured = securedDocument.copy();
        unsecured.remove(EddsaJcs2022.PROOF);
        // FEP-8b32: a Linked Data signature is added after the proof, so it is not part of the signed data.
        if (unsecured.getValue("signature") instanceof JsonObject) {
            unsecured.remove("signature");
        }
        return new ParsedProof(verificationMethod, created, options, unsecured, signature);
    }

    /**
     * Checks the signature with the raw 32-byte Ed25519 public key of the proof's verification method.
     *
     * @throws InvalidProofException if the signature does not match the document and proof options
     * @throws MalformedProofException if the document cannot be canonicalized
     */
    public void verify(ParsedProof proof, byte[] publicKey) {
        byte[] hashData;
        try {
            hashData = EddsaJcs2022.hashData(proof.proofOptions(), proof.document());
        } catch (IllegalArgumentException e) {
            throw new MalformedProofException("document cannot be canonicalized", e);
        }
        if (!verifies(publicKey, hashData, proof.signature())) {
            throw new InvalidProofException("signature does not match");
        }
    }

    /** {@link #parse} then {@link #verify(ParsedProof, byte[])}, for a key known in advance. */
    public ParsedProof verify(JsonObject securedDocument, byte[] publicKey) {
        ParsedProof proof = parse(securedDocument);
        verify(proof, publicKey);
        return proof;
    }

    private static boolean verifies(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey == null || publicKey.length != 32) {
            return false;
        }
        try {
            return Ed25519Keys.verify(publicKey, message, signature);
        } catch (IllegalArgumentException e) {
            return false; // a 32-byte value that is not a point on the curve
        }
    }

    private static JsonObject singleProof(Object value) {
        if (value == null) {
            throw new MissingProofException("no proof");
        }
        if (value instanceof JsonArray array) {
            if (array.isEmpty()) {
                throw new MissingProofException("no proof");
            }
            if (array.size() > 1) {
                throw new UnsupportedProofException("proof sets are not supported");
            }
            value = array.getValue(0);
        }
        if (value instanceof JsonObject proof) {
            return proof;
        }
        throw new MalformedProofException("proof is not an object");
    }

    private static String string(JsonObject proof, String member) {
        if (proof.getValue(member) instanceof String value) {
            return value;
        }
        throw new MalformedProofException("proof " + member + " missing or not a string");
    }

    private static void requireValue(JsonObject proof, String member, String expected) {
        if (!expected.equals(string(proof, member))) {
            throw new UnsupportedProofException("unsupported proof " + member);
        }
    }

    private static String verificationMethod(JsonObject proof) {
        String value = string(proof, "verificationMethod");
        try {
            if (new URI(value).isAbsolute()) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new MalformedProofException("proof verificationMethod is not an absolute URI");
    }

    private static byte[] signature(JsonObject proof) {
        String value = string(proof, EddsaJcs2022.PROOF_VALUE);
        if (value.startsWith("z")) {
            try {
                byte[] signature = Base58.decode(value.substring(1));
                if (signature.length == EddsaJcs2022.SIGNATURE_LENGTH) {
                    return signature;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw new MalformedProofException("proof proofValue is not a base58btc Ed25519 signature");
    }

    /** An optional xsd:dateTime member; one without a time zone is read as UTC. */
    private static Instant dateTime(JsonObject proof, String member) {
        if (!proof.containsKey(member)) {
            return null;
        }
        String value = string(proof, member);
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw new MalformedProofException("proof " + member + " is not a date-time");
            }
        }
    }

    /** eddsa-jcs-2022: the document's @context must begin with the proof's, in the same order. */
    private static boolean startsWith(Object documentContext, Object proofContext) {
        JsonArray document = asArray(documentContext);
        JsonArray proof = asArray(proofContext);
        if (proof.size() > document.size()) {
            return false;
        }
        for (int i = 0; i < proof.size(); i++) {
            if (!proof.getValue(i).equals(document.getValue(i))) {
                return false;
            }
        }
        return true;
    }

    private static JsonArray asArray(Object context) {
        if (context == null) {
            return new JsonArray();
        }
        return context instanceof JsonArray array ? array : new JsonArray().add(context);
    }
}
