package org.serge.core.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void hashesWithArgon2idAndVerifies() {
        String hash = PasswordHasher.hash("solidarity forever");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(PasswordHasher.verify("solidarity forever", hash));
        assertFalse(PasswordHasher.verify("solidarity forever!", hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(PasswordHasher.hash("same"), PasswordHasher.hash("same"));
    }

    @Test
    void malformedHashesNeverVerify() {
        assertFalse(PasswordHasher.verify("x", null));
        assertFalse(PasswordHasher.verify("x", ""));
        assertFalse(PasswordHasher.verify("x", "$argon2i$v=19$m=1,t=1,p=1$AAAA$AAAA"));
        assertFalse(PasswordHasher.verify("x", "$argon2id$v=19$m=zz,t=1,p=1$AAAA$AAAA"));
        assertFalse(PasswordHasher.verify("x", "$argon2id$v=19$q=1$AAAA$AAAA"));
        assertFalse(PasswordHasher.verify("x", "$argon2id$v=19$m=8,t=1,p=1$!!!$AAAA"));
    }
}
