package org.serge.core.crypto;

import java.security.SecureRandom;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** Ed25519 key pairs as raw 32-byte halves (Bouncy Castle's lightweight API), for object integrity proofs. */
public final class Ed25519Keys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ed25519Keys() {
    }

    /** A raw key pair: 32 bytes of private seed and the 32-byte public key derived from it. */
    public record Pair(byte[] publicKey, byte[] privateKey) {
    }

    public static Pair generate() {
        Ed25519PrivateKeyParameters privateKey = new Ed25519PrivateKeyParameters(RANDOM);
        return new Pair(privateKey.generatePublicKey().getEncoded(), privateKey.getEncoded());
    }

    public static byte[] publicFromPrivate(byte[] privateKey) {
        return new Ed25519PrivateKeyParameters(privateKey, 0).generatePublicKey().getEncoded();
    }

    public static byte[] sign(byte[] privateKey, byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, new Ed25519PrivateKeyParameters(privateKey, 0));
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey.length != Ed25519PublicKeyParameters.KEY_SIZE || signature.length != 64) {
            return false;
        }
        try {
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(signature);
        } catch (IllegalArgumentException notACurvePoint) {
            return false;
        }
    }
}
