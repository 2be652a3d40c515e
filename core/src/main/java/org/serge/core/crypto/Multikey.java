package org.serge.core.crypto;

import java.util.Arrays;

/**
 * Ed25519 public keys as FEP-521a Multikeys: multibase base58btc ('z') of the multicodec prefix 0xed 0x01
 * followed by the 32 raw key bytes.
 */
public final class Multikey {

    private static final byte[] ED25519_PUB_PREFIX = {(byte) 0xed, 0x01};

    private Multikey() {
    }

    public static String encodeEd25519(byte[] publicKey) {
        if (publicKey.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
        }
        byte[] prefixed = new byte[34];
        System.arraycopy(ED25519_PUB_PREFIX, 0, prefixed, 0, 2);
        System.arraycopy(publicKey, 0, prefixed, 2, 32);
        return "z" + Base58.encode(prefixed);
    }

    /** The raw key of a Multikey value; IllegalArgumentException when it is not an Ed25519 public key. */
    public static byte[] decodeEd25519(String multibase) {
        if (multibase == null || !multibase.startsWith("z")) {
            throw new IllegalArgumentException("not a base58btc multibase value");
        }
        byte[] decoded = Base58.decode(multibase.substring(1));
        if (decoded.length != 34 || decoded[0] != ED25519_PUB_PREFIX[0] || decoded[1] != ED25519_PUB_PREFIX[1]) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return Arrays.copyOfRange(decoded, 2, 34);
    }
}
