package org.serge.testkit;

/** A named test account with fixed keys and password, so that tests can sign as it and check what it signed. */
public record FixtureAccount(
        long id,
        String username,
        String password,
        String passwordHash,
        String rsaPublicPem,
        String rsaPrivatePem,
        byte[] ed25519Public,
        byte[] ed25519Private) {
}
