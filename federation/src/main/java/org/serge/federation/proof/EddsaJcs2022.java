package org.serge.federation.proof;

import io.vertx.core.json.JsonObject;
import org.serge.core.crypto.SecretTokens;

/** The parts of the eddsa-jcs-2022 cryptosuite (W3C vc-di-eddsa) that signing and verification share. */
final class EddsaJcs2022 {

    static final String PROOF = "proof";
    static final String PROOF_TYPE = "DataIntegrityProof";
    static final String CRYPTOSUITE = "eddsa-jcs-2022";
    static final String PURPOSE = "assertionMethod";
    static final String PROOF_VALUE = "proofValue";
    static final String CONTEXT = "@context";
    static final int SIGNATURE_LENGTH = 64;

    private EddsaJcs2022() {
    }

    /** SHA-256(JCS(proof options)) followed by SHA-256(JCS(document without proof)): the 64 signed bytes. */
    static byte[] hashData(JsonObject proofOptions, JsonObject unsecuredDocument) {
        byte[] optionsHash = SecretTokens.sha256(Jcs.canonicalize(proofOptions));
        byte[] documentHash = SecretTokens.sha256(Jcs.canonicalize(unsecuredDocument));
        byte[] out = new byte[optionsHash.length + documentHash.length];
        System.arraycopy(optionsHash, 0, out, 0, optionsHash.length);
        System.arraycopy(documentHash, 0, out, optionsHash.length, documentHash.length);
        return out;
    }
}
