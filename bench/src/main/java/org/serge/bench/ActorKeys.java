package org.serge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Distinct 2048-bit RSA key pairs for the remote actors. Generating a thousand takes about a minute on two cores,
 * so they are kept in a file (by default {@code bench/target/remote-actor-keys.txt}, gone with {@code mvn clean})
 * and reused by later runs.
 */
final class ActorKeys {

    private ActorKeys() {
    }

    static List<KeyPair> load(int count) {
        Path file = Path.of(System.getProperty("bench.keys", "bench/target/remote-actor-keys.txt"));
        List<KeyPair> keys = new ArrayList<>();
        try {
            if (Files.exists(file)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                Base64.Decoder base64 = Base64.getDecoder();
                for (String line : Files.readAllLines(file)) {
                    String[] parts = line.split(" ");
                    if (parts.length == 2 && keys.size() < count) {
                        keys.add(new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(base64.decode(parts[1]))),
                                rsa.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(parts[0])))));
                    }
                }
            }
            if (keys.size() < count) {
                long started = System.nanoTime();
                int missing = count - keys.size();
                System.out.printf("  generating %d RSA-2048 key pairs for the remote actors (kept in %s)...%n",
                        missing, file);
                keys.addAll(IntStream.range(0, missing).parallel().mapToObj(i -> generate()).toList());
                System.out.printf("  generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
                Base64.Encoder base64 = Base64.getEncoder();
                List<String> lines = keys.stream().map(k -> base64.encodeToString(k.getPrivate().getEncoded()) + " "
                        + base64.encodeToString(k.getPublic().getEncoded())).toList();
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.write(file, lines);
            }
            return keys;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("remote actor keys", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
