package org.serge.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultikeyTest {

    @Test
    void base58RoundTripsWithLeadingZeros() {
        byte[] data = {0, 0, 1, 2, (byte) 255};
        assertArrayEquals(data, Base58.decode(Base58.encode(data)));
        assertEquals("11", Base58.encode(new byte[2]));
        assertEquals("StV1DL6CwTryKyV", Base58.encode("hello world".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(IllegalArgumentException.class, () -> Base58.decode("0OIl"));
    }

    @Test
    void ed25519MultikeyRoundTripsAndStartsWithZ6Mk() {
        Ed25519Keys.Pair pair = Ed25519Keys.generate();
        String encoded = Multikey.encodeEd25519(pair.publicKey());
        assertTrue(encoded.startsWith("z6Mk"), encoded);
        assertArrayEquals(pair.publicKey(), Multikey.decodeEd25519(encoded));
        assertThrows(IllegalArgumentException.class, () -> Multikey.decodeEd25519("u" + encoded.substring(1)));
        assertThrows(IllegalArgumentException.class, () -> Multikey.decodeEd25519("z" + Base58.encode(new byte[34])));
    }

    @Test
    void ed25519SignsAndRefusesTamperingAndJunkKeys() {
        Ed25519Keys.Pair pair = Ed25519Keys.generate();
        byte[] message = "pledge".getBytes(StandardCharsets.UTF_8);
        byte[] signature = Ed25519Keys.sign(pair.privateKey(), message);
        assertTrue(Ed25519Keys.verify(pair.publicKey(), message, signature));
        assertFalse(Ed25519Keys.verify(pair.publicKey(), "pledgE".getBytes(StandardCharsets.UTF_8), signature));
        assertFalse(Ed25519Keys.verify(new byte[31], message, signature));
        byte[] junk = new byte[32];
        java.util.Arrays.fill(junk, (byte) 0xff);
        assertFalse(Ed25519Keys.verify(junk, message, signature));
        assertArrayEquals(pair.publicKey(), Ed25519Keys.publicFromPrivate(pair.privateKey()));
    }

    @Test
    void rsaPemRoundTrips() {
        var pair = RsaKeys.generate();
        assertEquals(pair.getPublic(), RsaKeys.parsePublic(RsaKeys.publicPem(pair.getPublic())));
        assertEquals(pair.getPrivate(), RsaKeys.parsePrivate(RsaKeys.privatePem(pair.getPrivate())));
        assertThrows(IllegalArgumentException.class, () -> RsaKeys.parsePublic("not a pem"));
        assertThrows(IllegalArgumentException.class, () -> RsaKeys.parsePublic(RsaKeys.privatePem(pair.getPrivate())));
    }
}
