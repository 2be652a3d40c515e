package org.serge.web.interop;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.serge.testkit.FreePorts;

/**
 * An independent ActivityPub implementation to test against: {@code interop/fedify/peer.mjs}, a Fedify 2.3.6
 * federation on {@code http://127.0.0.1:PORT} run by Node as a child process, driven through its JSON control API.
 *
 * <p>It serves the actor {@link #actorId()} (a Person with an RSA key and an Ed25519 Multikey), WebFinger, NodeInfo
 * and an inbox whose HTTP signatures Fedify verifies. The Node packages must be installed first:
 * {@code (cd interop/fedify && npm ci)}; CI does it in {@code .ci/run}. Without them, {@link #start()} fails.
 */
public final class FedifyPeer implements AutoCloseable {

    /** The two HTTP signature specs Fedify can sign with. */
    public enum Spec {
        CAVAGE("draft-cavage-http-signatures-12"),
        RFC9421("rfc9421");

        private final String wireName;

        Spec(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration CALL = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final StringBuffer log;
    private final HttpClient client;

    private FedifyPeer(Process process, int port, StringBuffer log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Starts the peer on a free loopback port and waits until it prints {@code READY <port>}. */
    public static FedifyPeer start() {
        Path dir = projectDir();
        if (!Files.isDirectory(dir.resolve("node_modules/@fedify/fedify"))) {
            throw new IllegalStateException("The Fedify interop peer is not installed: " + dir.resolve("node_modules")
                    + " is missing. Run `(cd interop/fedify && npm ci)` from the project root (CI does this in"
                    + " .ci/run), then run the test again.");
        }
        String node = findNode();
        int port = FreePorts.next();
        ProcessBuilder builder = new ProcessBuilder(node, "peer.mjs", Integer.toString(port))
                .directory(dir.toFile())
                .redirectErrorStream(false);
        builder.environment().put("NODE_NO_WARNINGS", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + node + " peer.mjs", e);
        }
        StringBuffer log = new StringBuffer();
        drain(process.getErrorStream(), log, "stderr", null);
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        drain(process.getInputStream(), log, "stdout", ready);
        process.onExit().thenRun(() -> ready.completeExceptionally(
                new IllegalStateException("the Fedify peer exited with code " + process.exitValue())));
        try {
            int readyPort = ready.get(STARTUP.toMillis(), TimeUnit.MILLISECONDS);
            if (readyPort != port) {
                throw new IllegalStateException("the Fedify peer listens on " + readyPort + ", not " + port);
            }
            return new FedifyPeer(process, port, log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the Fedify peer did not start: " + e.getMessage() + "\n" + log, e);
        }
    }

    /** {@code interop/fedify} of this checkout; tests run in the {@code web} module folder. */
    static Path projectDir() {
        String configured = System.getProperty("serge.interop.fedify.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "interop", "fedify");
        return dir.toAbsolutePath().normalize();
    }

    private static String findNode() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String entry : path.split(File.pathSeparator)) {
            for (String name : new String[] {"node", "node.exe"}) {
                Path candidate = Path.of(entry.isEmpty() ? "." : entry, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw new IllegalStateException("`node` (Node.js 20 or later) is not on the PATH; the Fedify interop tests"
                + " need it, with `(cd interop/fedify && npm ci)` run once");
    }

    private static void drain(java.io.InputStream stream, StringBuffer log, String name,
            CompletableFuture<Integer> ready) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (ready != null && !ready.isDone() && line.startsWith("READY ")) {
                        ready.complete(Integer.parseInt(line.substring("READY ".length()).strip()));
                    }
                    log.append("[fedify ").append(name).append("] ").append(line).append('\n');
                }
            } catch (IOException | NumberFormatException e) {
                log.append("[fedify ").append(name).append("] ").append(e).append('\n');
            }
        }, "fedify-peer-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String origin() {
        return "http://127.0.0.1:" + port;
    }

    /** The Fedify actor, {@code http://127.0.0.1:PORT/users/fedi}. */
    public String actorId() {
        return origin() + "/users/fedi";
    }

    /** Its personal inbox. */
    public String inbox() {
        return actorId() + "/inbox";
    }

    /** Its shared inbox. */
    public String sharedInbox() {
        return origin() + "/inbox";
    }

    /** The id of its RSA key, which signs its HTTP requests. */
    public String keyId() {
        return actorId() + "#main-key";
    }

    /** {@code @fedi@127.0.0.1:PORT}. */
    public String handle() {
        return "@fedi@127.0.0.1:" + port;
    }

    /** What the peer printed so far (stdout and stderr), for failure messages. */
    public String log() {
        return log.toString();
    }

    /**
     * What Fedify's {@code lookupObject} made of a URL or a handle: {@code found}, and when found {@code type},
     * {@code id}, {@code json} (Fedify's re-serialisation) and, for actors, {@code preferredUsername}, {@code name},
     * {@code inbox}, {@code outbox}, {@code followers}, {@code following}, {@code sharedInbox}, {@code publicKeys}
     * ({@code id, owner, algorithm, publicKeyPem}) and {@code assertionMethods}
     * ({@code id, controller, algorithm, publicKeyMultibase}).
     */
    public JsonObject lookup(String uriOrHandle) {
        return post("/control/lookup", new JsonObject().put("uri", uriOrHandle));
    }

    /** A key as Fedify resolves it when it verifies a signature; {@code multikey} picks Multikey over the RSA key. */
    public JsonObject fetchKey(String keyId, boolean multikey) {
        return post("/control/fetch-key",
                new JsonObject().put("keyId", keyId).put("kind", multikey ? "Multikey" : "CryptographicKey"));
    }

    /**
     * Signs {@code activity} from the Fedify actor with {@code spec} and posts it once to {@code inbox}. The
     * activity gets an {@code @context}, {@code id} and {@code actor} when it has none. Returns {@code status} (the
     * inbox's answer), {@code body}, {@code spec}, {@code keyId} and {@code activity} (the JSON sent).
     */
    public JsonObject send(String inbox, JsonObject activity, Spec spec) {
        return post("/control/send",
                new JsonObject().put("inbox", inbox).put("activity", activity).put("spec", spec.wireName()));
    }

    /**
     * Sends as Fedify does in production ({@code sendActivity}, draft-cavage first, RFC 9421 after a refusal).
     * Returns {@code status} (the last answer) and {@code attempts} ({@code signatureSpec}, {@code status} each).
     */
    public JsonObject sendAsFedify(String inbox, JsonObject activity) {
        return post("/control/send", new JsonObject().put("inbox", inbox).put("activity", activity));
    }

    /**
     * Activities the inbox accepted, oldest first, each after Fedify verified its signature: {@code id, type,
     * actor, recipient, signatureSpec, keyId, json, raw} ({@code raw} is the body as received).
     */
    public JsonArray received() {
        return get("/control/received").getJsonArray("activities");
    }

    /** Deliveries the inbox refused (401): {@code id, type, actor, signatureSpec, reason, keyId, keyFetchStatus}. */
    public JsonArray rejected() {
        return get("/control/received").getJsonArray("rejected");
    }

    /** Every HTTP request the peer made: {@code method, url, signatureSpec, status}. */
    public JsonArray outgoing() {
        return get("/control/outgoing").getJsonArray("requests");
    }

    /** Forgets received, rejected and outgoing requests. */
    public void reset() {
        post("/control/reset", new JsonObject());
    }

    /** Whether Fedify verifies every FEP-8b32 proof on {@code document}: {@code verified}, {@code type}, {@code id}. */
    public JsonObject verifyProof(JsonObject document) {
        return post("/control/verify-proof", new JsonObject().put("document", document));
    }

    /** {@code object} with an eddsa-jcs-2022 proof by the Fedify actor's Ed25519 key. */
    public JsonObject signProof(JsonObject object) {
        return post("/control/sign-proof", new JsonObject().put("object", object)).getJsonObject("document");
    }

    /** Polls {@link #received()} until it holds at least {@code count} activities or {@code timeout} passes. */
    public JsonArray awaitReceived(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonArray activities = received();
        while (activities.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            activities = received();
        }
        return activities;
    }

    private JsonObject get(String path) {
        return call(HttpRequest.newBuilder(URI.create(origin() + path)).GET());
    }

    private JsonObject post(String path, JsonObject body) {
        return call(HttpRequest.newBuilder(URI.create(origin() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.encode())));
    }

    private JsonObject call(HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(CALL).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Fedify peer: " + request.uri() + " failed\n" + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Fedify peer: " + request.method() + " " + request.uri().getPath()
                    + " answered " + response.statusCode() + ": " + response.body() + "\n" + log);
        }
        return new JsonObject(response.body());
    }

    /** Closes the peer's stdin (it exits on that), then kills it if it has not exited within five seconds. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
