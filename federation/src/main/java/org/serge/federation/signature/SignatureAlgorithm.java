package org.serge.federation.signature;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;

/** The signature algorithms Serge signs and verifies with, and how the names of both schemes map to them. */
enum SignatureAlgorithm {
    RSA_V1_5_SHA256,
    ED25519,
    /** hs2019, or no algorithm named: the key's type decides (RSA means RSASSA-PKCS1-v1_5 with SHA-256). */
    FROM_KEY;

    static SignatureAlgorithm fromCavage(String name) {
        if (name == null || name.equals("hs2019")) {
            return FROM_KEY;
        }
        if (name.equals("rsa-sha256")) {
            return RSA_V1_5_SHA256;
        }
        throw new UnsupportedAlgorithmException("unsupported algorithm; use rsa-sha256 or hs2019");
    }

    static SignatureAlgorithm fromRfc9421(String alg) {
        if (alg == null) {
            return FROM_KEY;
        }
        return switch (alg) {
            case "rsa-v1_5-sha256" -> RSA_V1_5_SHA256;
            case "ed25519" -> ED25519;
            default -> throw new UnsupportedAlgorithmException("unsupported alg; use rsa-v1_5-sha256 or ed25519");
        };
    }

    /** The concrete algorithm for this key: a named one must fit it, FROM_KEY follows its type. */
    SignatureAlgorithm resolve(Key key) {
        SignatureAlgorithm byKey = switch (key.getAlgorithm()) {
            case "RSA" -> RSA_V1_5_SHA256;
            case "Ed25519", "EdDSA" -> ED25519;
            default -> throw new UnsupportedAlgorithmException("unsupported key type");
        };
        if (this != FROM_KEY && this != byKey) {
            throw new InvalidSignatureException("key does not fit the signature algorithm");
        }
        return byKey;
    }

    byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(resolve(key).jcaName());
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with this key", e);
        }
    }

    boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(resolve(key).jcaName());
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (InvalidKeyException e) {
            throw new InvalidSignatureException("key does not fit the signature algorithm", e);
        } catch (SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String jcaName() {
        return switch (this) {
            case RSA_V1_5_SHA256 -> "SHA256withRSA";
            case ED25519 -> "Ed25519";
            case FROM_KEY -> throw new IllegalStateException("unresolved algorithm");
        };
    }
}
