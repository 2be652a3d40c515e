package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.Account;
import org.serge.core.account.ActorType;
import org.serge.core.account.RemoteActor;
import org.serge.federation.vocab.Activity;
import org.serge.federation.vocab.ParseResult;

/**
 * Every real-world activity in the shared fixtures goes through the handler registry, with the signature step
 * bypassed: its actor is stored as a remote account and taken as verified. None may fail; each has its effect
 * or is ignored.
 */
@ExtendWith(VertxExtension.class)
class FixtureActivitiesTest {

    private static final Path ROOT = Path.of("../../shared/fixtures/activitypub");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static InboxTestBed bed;

    @BeforeAll
    static void setUp(Vertx vertx) {
        bed = new InboxTestBed(vertx);
    }

    @AfterAll
    static void tearDown() {
        bed.close();
    }

    private static List<Path> activityFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.getFileName().toString().matches("activity-.*\\.json")).sorted().toList();
        }
    }

    /** The actor as a stored remote account, whatever its id looks like. */
    private static Account actor(String uri) {
        String host;
        try {
            host = URI.create(uri).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        String username = "fixture" + SEQUENCE.incrementAndGet();
        return InboxTestBed.await(bed.remoteAccounts.upsert(new RemoteActor(uri, username,
                host == null ? "odd.invalid" : host, ActorType.Person, username, "", false, null, null, null,
                null, null, null, null, null, null, List.of(), false, List.of())));
    }

    @Test
    void everyFixtureActivityIsHandledOrIgnored() throws IOException {
        List<Path> files = activityFiles();
        assertTrue(files.size() >= 50, "fixtures not found under " + ROOT.toAbsolutePath());
        List<String> failures = new ArrayList<>();
        int handled = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ParseResult parsed = bed.codec.parse(text);
            Activity activity = parsed.activity().orElse(null);
            if (activity == null || activity.actorId() == null) {
                continue;
            }
            ActivityHandler handler = bed.handlers.registry().handlerFor(activity.type()).orElse(null);
            if (handler == null) {
                continue;
            }
            try {
                InboxTestBed.await(handler.handle(new InboxContext(actor(activity.actorId())), activity,
                        new JsonObject(text)));
                handled++;
            } catch (Throwable e) {
                failures.add(ROOT.relativize(file) + ": " + e);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(handled > 30, "only " + handled + " fixtures reached a handler");
        // the Creates of their own objects by their own actors are stored
        long statuses = bed.count("SELECT count(*) FROM statuses");
        assertTrue(statuses >= 15, "only " + statuses + " statuses stored");
    }
}
