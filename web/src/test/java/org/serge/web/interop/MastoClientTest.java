package org.serge.web.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

/**
 * Conformance of the client API with a real client library: {@code interop/masto/conformance.test.mjs}, run by
 * {@code node --test} with masto.js 7.12.0, against two running nodes (alice on A, bob on B). The Node test logs in
 * as alice through the authorize page (PKCE and out-of-band) with her password, and acts as bob on B with a token
 * made here, so that bob's follow and mentions reach alice while it watches. Its output goes to the test log.
 *
 * <p>The Node packages must be installed first: {@code (cd interop/masto && npm ci)}; {@code ./run-tests} does it.
 */
class MastoClientTest {

    private static final Duration RUN = Duration.ofMinutes(5);
    private static final String FILE = "conformance.test.mjs";

    private static TestNode a;
    private static TestNode b;

    @BeforeAll
    static void start() {
        a = TestNode.start().with(Fixtures.ALICE);
        b = TestNode.start().with(Fixtures.BOB);
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    /** {@code interop/masto} of this checkout; tests run in the {@code web} module folder. */
    static Path projectDir() {
        String configured = System.getProperty("serge.interop.masto.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "interop", "masto");
        return dir.toAbsolutePath().normalize();
    }

    @Test
    void mastoJsDrivesTheClientApi() throws Exception {
        Path dir = projectDir();
        if (!Files.isDirectory(dir.resolve("node_modules/masto"))) {
            fail("The masto.js conformance test is not installed: " + dir.resolve("node_modules") + " is missing."
                    + " run (cd interop/masto && npm ci) from the project root (./run-tests does it), then run the"
                    + " test again.");
        }
        String bobToken = ApiClient.as(b, "bob", "read write follow").token();
        ProcessBuilder builder = new ProcessBuilder(findNode(), "--test", "--test-reporter=spec", FILE)
                .directory(dir.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("SERGE_A_URL", a.baseUrl());
        env.put("SERGE_A_DOMAIN", a.domain());
        env.put("SERGE_B_URL", b.baseUrl());
        env.put("SERGE_B_DOMAIN", b.domain());
        env.put("ALICE_USERNAME", Fixtures.ALICE.username());
        env.put("ALICE_PASSWORD", Fixtures.ALICE.password());
        env.put("BOB_TOKEN", bobToken);
        env.put("NODE_NO_WARNINGS", "1");
        env.put("NO_COLOR", "1");

        Process process = builder.start();
        process.getOutputStream().close();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    System.out.println("[masto] " + line);
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                System.out.println("[masto] " + e);
            }
        }, "masto-output");
        reader.setDaemon(true);
        reader.start();

        if (!process.waitFor(RUN.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            fail("node --test " + FILE + " did not finish within " + RUN.toMinutes() + " minutes");
        }
        reader.join(5_000);
        String log;
        synchronized (output) {
            log = output.toString();
        }
        assertEquals(0, process.exitValue(), "node --test " + FILE + " failed (exit " + process.exitValue()
                + "); its output:\n" + log);
    }

    private static String findNode() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String entry : path.split(File.pathSeparator)) {
            for (String name : List.of("node", "node.exe")) {
                Path candidate = Path.of(entry.isEmpty() ? "." : entry, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw new UncheckedIOException(new IOException("`node` (Node.js 20 or later) is not on the PATH; the masto.js"
                + " conformance test needs it, with (cd interop/masto && npm ci) run once"));
    }
}
