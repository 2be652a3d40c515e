package org.serge.federation.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Size caps: JSON-level ones in Jackson, array caps in the reader. */
class LimitsTest {

    private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

    private static String array(int size, String element) {
        return IntStream.range(0, size).mapToObj(i -> element.replace("#", Integer.toString(i)))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String question(int options) {
        return "{\"type\":\"Question\",\"oneOf\":" + array(options, "{\"type\":\"Note\",\"name\":\"o#\"}") + "}";
    }

    @Test
    void pollOptionsAtTheCapAreRead() {
        assertEquals(200, codec.parse(question(200)).object().orElseThrow().poll().options().size());
    }

    @Test
    void pollOptionsOverTheCapAreRefused() {
        PayloadLimitException e = assertThrows(PayloadLimitException.class, () -> codec.parse(question(201)));
        assertTrue(e.getMessage().contains("oneOf"), e.getMessage());
    }

    @Test
    void pollOptionsOverTheCapAreRefusedWhenEmbedded() {
        String create = "{\"type\":\"Create\",\"actor\":\"https://a.example/u/1\",\"object\":" + question(5000) + "}";
        assertThrows(PayloadLimitException.class, () -> codec.parse(create));
    }

    @Test
    void tagsOverTheCapAreRefused() {
        String tags = array(501, "{\"type\":\"Hashtag\",\"name\":\"#t#\"}");
        assertEquals(500, codec.parse("{\"type\":\"Note\",\"tag\":" + array(500, "{\"type\":\"Hashtag\"}") + "}")
                .object().orElseThrow().tag().size());
        assertThrows(PayloadLimitException.class, () -> codec.parse("{\"type\":\"Note\",\"tag\":" + tags + "}"));
    }

    @Test
    void recipientsOverTheCapAreRefused() {
        assertThrows(PayloadLimitException.class,
                () -> codec.parse("{\"type\":\"Note\",\"cc\":" + array(1001, "\"https://a.example/u/#\"") + "}"));
    }

    @Test
    void limitsCanBeTightened() {
        VocabularyLimits tight = new VocabularyLimits(4096, 8, 100, 2, 2, 2, 2, 2, 2);
        ActivityStreamsCodec strict = new ActivityStreamsCodec(tight);
        assertThrows(PayloadLimitException.class, () -> strict.parse(question(3)));
        assertThrows(PayloadLimitException.class, () -> strict.parse("{\"type\":\"Note\",\"content\":\"" + "x".repeat(101) + "\"}"));
        assertThrows(PayloadLimitException.class, () -> strict.parse("{\"type\":\"Note\",\"name\":\"" + "x".repeat(5000) + "\"}"));
    }

    @Test
    void absurdNestingIsRefused() {
        String deep = "[".repeat(65) + "]".repeat(65);
        assertThrows(PayloadLimitException.class, () -> codec.parse("{\"type\":\"Note\",\"x\":" + deep + "}"));
        String ok = "[".repeat(60) + "]".repeat(60);
        assertEquals(EntityKind.OBJECT, codec.parse("{\"type\":\"Note\",\"x\":" + ok + "}").kind());
    }

    @Test
    void documentsOverOneMegabyteAreRefused() {
        String big = "{\"type\":\"Note\",\"content\":\"" + "x".repeat(1024 * 1024) + "\"}";
        assertThrows(PayloadLimitException.class, () -> codec.parse(big.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void hugeNumbersAreRefused() {
        assertThrows(PayloadLimitException.class, () -> codec.parse("{\"type\":\"Note\",\"n\":" + "9".repeat(200) + "}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"type\":\"Note\",}", "{\"type\":\"Note\"} trailing", "<html>",
            "{\"type\":\"Note\",\"type\":\"Person\"}", "{'type':'Note'}", "{\"type\":\"Note\" /* c */}"})
    void brokenJsonIsAnActivityStreamsException(String json) {
        ActivityStreamsException e = assertThrows(ActivityStreamsException.class, () -> codec.parse(json));
        assertEquals(ActivityStreamsException.class, e.getClass());
    }
}
