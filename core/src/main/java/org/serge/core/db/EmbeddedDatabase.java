package org.serge.core.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL (io.zonky.test) whose files live in {@code DATA/postgres} and survive restarts.
 *
 * <p>When a server is already running on that folder (a node is up, and an admin command wants the same
 * database), {@link #attach} connects to it by the port PostgreSQL wrote into {@code postmaster.pid}. When the
 * server is left over from a node that was killed, {@link #start} stops it first and starts afresh.
 */
public final class EmbeddedDatabase implements Database {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String USER = "postgres";

    private final EmbeddedPostgres server;
    private final ConnectionSettings settings;

    private EmbeddedDatabase(EmbeddedPostgres server, ConnectionSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    /** Starts the server on the folder, after stopping a leftover one. */
    public static EmbeddedDatabase start(Path dataDir) {
        Path folder = folder(dataDir);
        runningPostmaster(folder).ifPresent(running -> stopLeftover(running));
        try {
            Files.createDirectories(folder);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new EmbeddedDatabase(server, settingsFor(server.getPort()));
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + folder, e);
        }
    }

    /** A server already running on the folder, if there is one that answers. */
    public static Optional<Database> attach(Path dataDir) {
        return runningPostmaster(folder(dataDir))
                .map(running -> new AttachedDatabase(settingsFor(running.port())));
    }

    /** Attaches to a running server on the folder, or starts one that this process owns. */
    public static Database attachOrStart(Path dataDir) {
        return attach(dataDir).orElseGet(() -> start(dataDir));
    }

    public static Path folder(Path dataDir) {
        return dataDir.resolve("postgres");
    }

    @Override
    public ConnectionSettings settings() {
        return settings;
    }

    @Override
    public boolean ownsServer() {
        return true;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    private static ConnectionSettings settingsFor(int port) {
        return new ConnectionSettings("localhost", port, "postgres", USER, "");
    }

    private record Postmaster(long pid, int port) {
    }

    private static Optional<Postmaster> runningPostmaster(Path folder) {
        Path pidFile = folder.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(3).trim());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive && answers(port) ? Optional.of(new Postmaster(pid, port)) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void stopLeftover(Postmaster running) {
        LOG.info("stopping a PostgreSQL left running on the data folder by an earlier process");
        // SIGINT asks PostgreSQL for a fast shutdown; ProcessHandle only offers TERM and KILL, so use kill(1).
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(running.pid())).start().waitFor();
        } catch (IOException e) {
            ProcessHandle.of(running.pid()).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ProcessHandle.of(running.pid()).ifPresent(handle -> {
            try {
                handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        });
    }

    /** A server that another process on this machine started on the same folder. */
    private record AttachedDatabase(ConnectionSettings settings) implements Database {

        @Override
        public boolean ownsServer() {
            return false;
        }

        @Override
        public void close() {
            // owned by the process that started it
        }
    }
}
