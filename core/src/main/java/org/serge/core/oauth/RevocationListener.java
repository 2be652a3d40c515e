package org.serge.core.oauth;

/** Told the SHA-256 of every token revoked in this process, so that caches can forget it at once. */
@FunctionalInterface
public interface RevocationListener {

    void revoked(byte[] tokenHash);
}
