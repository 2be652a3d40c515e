package org.serge.federation.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each property shape real servers send, in small hand-made documents. */
class PolymorphicShapesTest {

    private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

    private AsObject note(String properties) {
        String json = "{\"id\":\"https://a.example/n/1\",\"type\":\"Note\"" + (properties.isEmpty() ? "" : "," + properties) + "}";
        return codec.parse(json).object().orElseThrow();
    }

    private Actor person(String properties) {
        return codec.parse("{\"id\":\"https://a.example/u/1\",\"type\":\"Person\"," + properties + "}")
                .actor().orElseThrow();
    }

    @Test
    void recipientsAsStringArrayObjectOrMixture() {
        assertEquals(List.of("https://a.example/u/2"), note("\"to\":\"https://a.example/u/2\"").to());
        assertEquals(List.of("https://a.example/u/2"), note("\"to\":{\"id\":\"https://a.example/u/2\",\"type\":\"Person\"}").to());
        assertEquals(List.of("https://a.example/u/2", "https://a.example/u/3"),
                note("\"to\":[\"https://a.example/u/2\",{\"id\":\"https://a.example/u/3\"},null,5,\"\"]").to());
        assertEquals(List.of(), note("\"to\":null,\"cc\":5").to());
        assertEquals(List.of(), note("").cc());
    }

    @Test
    void attributedToAsArrayOfTypedObjects() {
        AsObject video = note("\"attributedTo\":[{\"type\":\"Person\",\"id\":\"https://a.example/accounts/x\"},"
                + "{\"type\":\"Group\",\"id\":\"https://a.example/channels/y\"}]");
        assertEquals("https://a.example/accounts/x", video.attributedToId());
        assertEquals("Group", video.attributedTo().get(1).asActor().orElseThrow().type());
        assertEquals("https://a.example/u/1", note("\"attributedTo\":\"https://a.example/u/1\"").attributedToId());
    }

    @Test
    void urlAsStringLinkOrLinkArray() {
        assertEquals("https://a.example/@x/1", note("\"url\":\"https://a.example/@x/1\"").firstUrl());
        assertEquals("https://a.example/@x/1",
                note("\"url\":{\"type\":\"Link\",\"href\":\"https://a.example/@x/1\",\"mediaType\":\"text/html\"}").firstUrl());
        AsObject many = note("\"url\":[{\"type\":\"Link\",\"mediaType\":\"video/mp4\",\"href\":\"https://a.example/v.mp4\"},"
                + "{\"type\":\"Link\",\"mediaType\":\"text/html\",\"href\":\"https://a.example/watch/1\"}]");
        assertEquals("https://a.example/watch/1", many.firstUrl());
        assertEquals(2, many.url().size());
        assertNull(note("\"url\":42").firstUrl());
    }

    @Test
    void iconAsObjectArrayOrString() {
        assertEquals("https://a.example/a.png",
                person("\"icon\":{\"type\":\"Image\",\"url\":\"https://a.example/a.png\",\"mediaType\":\"image/png\"}").icon().href());
        assertEquals("image/png",
                person("\"icon\":{\"type\":\"Image\",\"url\":\"https://a.example/a.png\",\"mediaType\":\"image/png\"}").icon().mediaType());
        assertEquals("https://a.example/small.jpg",
                person("\"icon\":[{\"type\":\"Image\",\"url\":\"https://a.example/small.jpg\"},{\"type\":\"Image\",\"url\":\"https://a.example/big.jpg\"}]").icon().href());
        assertEquals("https://a.example/a.png", person("\"icon\":\"https://a.example/a.png\"").icon().href());
        assertEquals("https://a.example/a.png",
                person("\"icon\":{\"type\":\"Image\",\"url\":{\"type\":\"Link\",\"href\":\"https://a.example/a.png\"}}").icon().href());
        assertNull(person("\"icon\":null").icon());
    }

    @Test
    void tagAsSingleObjectOrArray() {
        List<Tag> one = note("\"tag\":{\"type\":\"Hashtag\",\"name\":\"#strike\",\"href\":\"https://a.example/tags/strike\"}").tag();
        assertEquals(1, one.size());
        assertTrue(one.get(0).isHashtag());

        List<Tag> tags = note("\"tag\":[{\"type\":\"Mention\",\"name\":\"@x@b.example\",\"href\":\"https://b.example/u/x\"},"
                + "{\"type\":\"Emoji\",\"name\":\":fist:\",\"id\":\"https://a.example/emoji/fist\","
                + "\"icon\":{\"type\":\"Image\",\"url\":\"https://a.example/fist.png\"}},\"#loose\",{\"type\":\"Unheard\"}]").tag();
        assertEquals(3, tags.size());
        assertTrue(tags.get(0).isMention());
        assertEquals("https://b.example/u/x", tags.get(0).href());
        assertTrue(tags.get(1).isEmoji());
        assertEquals("https://a.example/fist.png", tags.get(1).iconUrl());
        assertEquals("Unheard", tags.get(2).type());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"https://www.w3.org/ns/activitystreams\"",
            "[\"https://www.w3.org/ns/activitystreams\",{\"toot\":\"http://joinmastodon.org/ns#\"}]",
            "{\"@vocab\":\"https://www.w3.org/ns/activitystreams#\"}",
            "42", "null", "[[[]]]"})
    void contextIsIgnoredWhateverItHolds(String context) {
        ParseResult result = codec.parse("{\"@context\":" + context + ",\"id\":\"https://a.example/n/1\",\"type\":\"Note\",\"content\":\"hi\"}");
        assertEquals("hi", result.object().orElseThrow().content());
    }

    @Test
    void typeAsArrayOrPrefixed() {
        assertEquals(EntityKind.ACTOR,
                codec.parse("{\"id\":\"https://a.example/u/1\",\"type\":[\"schema:Thing\",\"Person\"],\"inbox\":\"https://a.example/i\"}").kind());
        assertEquals("Note", codec.parse("{\"id\":\"https://a.example/n/1\",\"type\":\"as:Note\"}").entity().type());
        assertEquals("Note", codec.parse("{\"type\":\"https://www.w3.org/ns/activitystreams#Note\"}").entity().type());
    }

    @Test
    void wrongShapesReadAsAbsent() {
        AsObject odd = note("\"published\":12,\"updated\":\"yesterday\",\"content\":{\"x\":1},\"sensitive\":\"true\","
                + "\"inReplyTo\":[],\"name\":[1],\"contentMap\":[\"en\"],\"attachment\":\"https://a.example/f.png\"");
        assertNull(odd.published());
        assertNull(odd.updated());
        assertNull(odd.content());
        assertTrue(odd.sensitive());
        assertNull(odd.inReplyTo());
        assertNull(odd.name());
        assertTrue(odd.contentMap().isEmpty());
        assertEquals("https://a.example/f.png", odd.attachment().get(0).url());
    }

    @Test
    void datesWithAndWithoutOffset() {
        assertEquals(Instant.parse("2022-12-11T19:00:00Z"), note("\"published\":\"2022-12-11T20:00:00+01:00\"").published());
        assertEquals(Instant.parse("2019-09-05T05:35:32.541Z"), note("\"published\":\"2019-09-05T05:35:32.541Z\"").published());
        assertEquals(Instant.parse("2023-01-01T00:00:00Z"), note("\"published\":\"2023-01-01T00:00:00\"").published());
    }

    @Test
    void contentFallsBackToContentMap() {
        AsObject object = note("\"contentMap\":{\"de\":\"<p>Streik</p>\",\"en\":7}");
        assertEquals("<p>Streik</p>", object.content());
        assertEquals(1, object.contentMap().size());
    }

    @Test
    void actorKeysEndpointsAndFlags() {
        Actor actor = person("\"inbox\":\"https://a.example/u/1/inbox\",\"endpoints\":{\"sharedInbox\":\"https://a.example/inbox\"},"
                + "\"publicKey\":[{\"id\":\"https://a.example/u/1#main-key\",\"owner\":\"https://a.example/u/1\",\"publicKeyPem\":\"PEM\"}],"
                + "\"assertionMethod\":{\"id\":\"https://a.example/u/1#ed\",\"type\":\"Multikey\",\"controller\":\"https://a.example/u/1\","
                + "\"publicKeyMultibase\":\"z6Mk\"},\"manuallyApprovesFollowers\":true,\"alsoKnownAs\":\"https://old.example/u/1\","
                + "\"movedTo\":{\"id\":\"https://new.example/u/1\"}");
        assertEquals("https://a.example/inbox", actor.deliveryInbox());
        assertEquals("PEM", actor.publicKey("https://a.example/u/1#main-key").orElseThrow().publicKeyPem());
        assertTrue(actor.assertionMethod("https://a.example/u/1#ed").orElseThrow().isMultikey());
        assertTrue(actor.manuallyApprovesFollowers());
        assertFalse(actor.discoverable());
        assertEquals(List.of("https://old.example/u/1"), actor.alsoKnownAs());
        assertEquals("https://new.example/u/1", actor.movedTo());
        assertEquals("https://a.example/u/1/inbox", person("\"inbox\":\"https://a.example/u/1/inbox\",\"endpoints\":\"https://a.example/e\"").deliveryInbox());
    }

    @Test
    void eventWithPlaceAndPostalAddress() {
        AsObject event = codec.parse("{\"id\":\"https://a.example/e/1\",\"type\":\"Event\",\"name\":\"Picket\","
                + "\"startTime\":\"2026-05-01T08:00:00+02:00\",\"endTime\":\"2026-05-01T12:00:00+02:00\","
                + "\"location\":{\"type\":\"Place\",\"name\":\"Gate 3\",\"latitude\":50.1,\"longitude\":\"8.6\","
                + "\"address\":{\"type\":\"PostalAddress\",\"streetAddress\":\"Werkstr. 1\",\"addressLocality\":\"Frankfurt\"}}}")
                .object().orElseThrow();
        assertEquals(Instant.parse("2026-05-01T06:00:00Z"), event.startTime());
        assertEquals(Instant.parse("2026-05-01T10:00:00Z"), event.endTime());
        assertEquals(new Place(null, "Gate 3", "Werkstr. 1, Frankfurt", 50.1, 8.6), event.location());
    }

    @Test
    void quoteFromAnyOfItsNames() {
        assertEquals("https://b.example/n/9", note("\"quote\":\"https://b.example/n/9\"").quote());
        assertEquals("https://b.example/n/9", note("\"quoteUrl\":\"https://b.example/n/9\"").quote());
        assertEquals("https://b.example/n/9", note("\"quoteUri\":\"https://b.example/n/9\"").quote());
        assertEquals("https://b.example/n/9", note("\"_misskey_quote\":\"https://b.example/n/9\"").quote());
        assertNull(note("").quote());
    }

    @Test
    void unknownTypesAreReadByTheirProperties() {
        ParseResult feed = codec.parse("{\"id\":\"https://a.example/f/1\",\"type\":\"Feed\",\"inbox\":\"https://a.example/f/1/inbox\"}");
        assertEquals(EntityKind.ACTOR, feed.kind());
        assertEquals("Feed", feed.entity().type());
        assertEquals(EntityKind.ACTIVITY, codec.parse("{\"type\":\"Warn\",\"actor\":\"https://a.example/u/1\",\"object\":\"https://a.example/u/2\"}").kind());
        assertEquals(EntityKind.ACTIVITY, codec.parse("{\"type\":\"Poke\",\"actor\":\"https://a.example/u/1\"}").kind());
        assertEquals(EntityKind.OBJECT, codec.parse("{\"type\":\"Recipe\",\"actor\":\"https://a.example/u/1\","
                + "\"attributedTo\":\"https://a.example/u/1\"}").kind());
        assertEquals(EntityKind.COLLECTION, codec.parse("{\"type\":\"Timeline\",\"items\":[]}").kind());
        assertEquals(EntityKind.OBJECT, codec.parse("{\"type\":\"Edition\",\"title\":\"A book\",\"unknown\":{\"deep\":[1,2]}}").kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"type\":\"Note\"}]", "\"Note\"", "42", "null", "{}", "{\"id\":\"https://a.example/x\"}", "{\"type\":7}"})
    void documentsWithoutATypeAreUnknown(String json) {
        ParseResult result = codec.parse(json);
        assertEquals(EntityKind.UNKNOWN, result.kind());
        assertNull(result.entity());
    }
}
