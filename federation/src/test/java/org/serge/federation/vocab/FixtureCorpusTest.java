package org.serge.federation.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real payload parses, and lands in the kind its file name promises. */
class FixtureCorpusTest {

    private static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();

    /** Words a file name may use for an activity type instead of the type's own name. */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "Flag", List.of("report", "flag"),
            "Create", List.of("create", "post", "new"),
            "Announce", List.of("announce", "boost", "share", "reblog"),
            "EmojiReact", List.of("emojireact", "emoji_react", "reaction"),
            "Like", List.of("like", "favourite", "reaction"));

    static Stream<Path> fixtures() {
        return Fixtures.all().stream();
    }

    @Test
    void corpusIsThere() {
        assertTrue(Files.isDirectory(Fixtures.ROOT), "fixtures expected at " + Fixtures.ROOT.toAbsolutePath());
        assertTrue(Fixtures.all().size() >= 100, "expected the shared corpus, found " + Fixtures.all().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parsesAndClassifies(Path file) throws Exception {
        ParseResult result = CODEC.parse(Files.readAllBytes(file));
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String topType = result.json().path("type").asText();

        assertNotNull(result.entity(), "no typed value for " + file);
        if (result.json().path("type").isTextual()) {
            assertEquals(topType, result.entity().type());
        }
        if (name.startsWith("activity-") && !AsTypes.isObject(topType)) {
            assertEquals(EntityKind.ACTIVITY, result.kind());
            assertTrue(namesType(name, topType), file + " does not name its type " + topType);
            assertNotNull(result.activity().orElseThrow().actorId(), "activity without actor");
        } else if (name.startsWith("activity-")) {
            // a bare object filed with activities (Mastodon's private_message is a Note)
            assertEquals(EntityKind.OBJECT, result.kind());
        } else if (name.startsWith("object-")) {
            assertTrue(Set.of(EntityKind.OBJECT, EntityKind.ACTOR).contains(result.kind()), result.kind().name());
        } else if (name.startsWith("collection-")) {
            assertEquals(EntityKind.COLLECTION, result.kind());
        }
        assertEquals(result.json().path("id").textValue(), result.entity().id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void actorsHaveInboxesAndKeys(Path file) throws Exception {
        ParseResult result = CODEC.parse(Files.readAllBytes(file));
        result.actor().ifPresent(actor -> {
            if (result.json().path("inbox").isTextual()) {
                assertNotNull(actor.inbox(), file + " inbox lost");
            }
            if (result.json().has("publicKey") && result.json().get("publicKey").isObject()) {
                assertNotNull(actor.publicKeys().get(0).publicKeyPem(), file + " key without PEM");
            }
        });
    }

    private static boolean namesType(String fileName, String type) {
        String bare = fileName.replace("_", "").replace("-", "");
        if (bare.contains(type.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return ALIASES.getOrDefault(type, List.of()).stream().anyMatch(fileName::contains);
    }
}
