package org.serge.bench;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;

/**
 * The raw SHA256withRSA rates of one core: a tight loop on one thread for about two seconds, with the JDK provider
 * the node uses, over a signing string of the size a Mastodon-style signature covers.
 */
final class RsaRates {

    private static final byte[] DATA = ("(request-target): post /users/alice/inbox\nhost: localhost:8080\n"
            + "date: Mon, 01 Jan 2024 00:00:00 GMT\ndigest: SHA-256=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n"
            + "content-type: application/activity+json").getBytes(StandardCharsets.UTF_8);

    private RsaRates() {
    }

    static double verifiesPerSecond(KeyPair keys, double seconds) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.getPrivate());
            signer.update(DATA);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withRSA");
            loop(seconds / 4, () -> verify(verifier, keys, signature));
            return loop(seconds, () -> verify(verifier, keys, signature));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static double signsPerSecond(KeyPair keys, double seconds) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            loop(seconds / 4, () -> sign(signer, keys));
            return loop(seconds, () -> sign(signer, keys));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Operations per wall-clock second; {@link #lastCpuMicros} keeps the thread's CPU time per operation. */
    private static double loop(double seconds, Runnable operation) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long count = 0;
        while (System.nanoTime() < end) {
            operation.run();
            count++;
        }
        lastCpuMicros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / count;
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** CPU time per operation of the last measurement, in microseconds: unlike the rate, hardly moved by load. */
    static double lastCpuMicros() {
        return lastCpuMicros;
    }

    private static volatile double lastCpuMicros;

    private static void verify(Signature verifier, KeyPair keys, byte[] signature) {
        try {
            verifier.initVerify(keys.getPublic());
            verifier.update(DATA);
            if (!verifier.verify(signature)) {
                throw new IllegalStateException("signature did not verify");
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sign(Signature signer, KeyPair keys) {
        try {
            signer.initSign(keys.getPrivate());
            signer.update(DATA);
            signer.sign();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
