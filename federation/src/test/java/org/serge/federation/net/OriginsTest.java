package org.serge.federation.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginsTest {

    @Test
    void parsesSchemeHostAndDefaultPort() {
        assertEquals(new Origin("https", "good.example", 443), Origins.parse("https://good.example/users/a?x=1#k"));
        assertEquals(new Origin("http", "good.example", 80), Origins.parse("http://good.example"));
        assertEquals(new Origin("https", "good.example", 8443), Origins.parse("https://good.example:8443/inbox"));
        assertEquals("https://good.example:8443", Origins.parse("https://good.example:8443/inbox").toString());
        assertEquals("https://good.example", Origins.parse("https://good.example:443/").toString());
    }

    @ParameterizedTest
    @CsvSource({
            "https://good.example/a, https://good.example/b",
            "https://GOOD.Example/a, https://good.example/b",
            "HTTPS://good.example/, https://good.example/",
            "https://good.example:443/a, https://good.example/b",
            "http://good.example:80/, http://good.example/",
            "https://good.example./a, https://good.example/a",
            "https://bücher.example/, https://xn--bcher-kva.example/",
            "https://BÜCHER.example/, https://xn--BCHER-kva.example/",
            "https://good。example/, https://good.example/",
            "https://[::1]/, https://[0:0:0:0:0:0:0:1]:443/",
            "https://[2001:DB8::1]/, https://[2001:db8:0::1]/",
            "https://good.example/#@evil.example, https://good.example/"})
    void sameOrigin(String a, String b) {
        assertTrue(Origins.sameOrigin(a, b), a + " vs " + b);
        assertTrue(Origins.sameOrigin(b, a));
    }

    @ParameterizedTest
    @CsvSource({
            "https://good.example/, http://good.example/",
            "https://good.example/, https://good.example:8443/",
            "http://good.example/, http://good.example:443/",
            "https://good.example/, https://sub.good.example/",
            "https://good.example/, https://good.example.evil.example/",
            "https://good.example/, https://goodexample/",
            "https://evil.example?@good.example/, https://good.example/"})
    void differentOrigins(String a, String b) {
        assertFalse(Origins.sameOrigin(a, b), a + " vs " + b);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://evil.example\\@good.example/",
            "https://good.example@evil.example/",
            "https://user:pass@good.example/",
            "https://@good.example/",
            "https://good.example%40evil.example@evil.example/",
            "ftp://good.example/",
            "javascript://good.example/%0aalert(1)",
            "file:///etc/passwd",
            "gopher://good.example/",
            "data:text/html,hi",
            "//good.example/path",
            "/relative/path",
            "good.example",
            "https:good.example",
            "https:///path",
            "https://",
            "https://good.example:0/",
            "https://good.example:65536/",
            "https://good.example:99999999999/",
            "https://good example/",
            "https://good.example\t/",
            "https://ex_ample.com/",
            "https://-bad.example/",
            "",
            "   "})
    void refused(String url) {
        assertThrows(InvalidUrlException.class, () -> Origins.parse(url));
        assertEquals(Optional.empty(), Origins.tryParse(url));
        assertFalse(Origins.sameOrigin(url, url), "a refused URL matches nothing, not even itself");
    }

    @Test
    void nullIsRefused() {
        assertThrows(InvalidUrlException.class, () -> Origins.parse(null));
        assertFalse(Origins.sameOrigin((String) null, "https://good.example/"));
    }

    @Test
    void backslashConfusionNeverYieldsEitherHost() {
        // browsers read evil.example here, some parsers good.example: refusing it leaves no room for either
        assertFalse(Origins.sameOrigin("https://evil.example\\@good.example/", "https://good.example/"));
        assertFalse(Origins.sameOrigin("https://evil.example\\@good.example/", "https://evil.example/"));
    }

    @Test
    void originAgainstUrl() {
        Origin origin = Origins.parse("https://good.example/users/a");
        assertTrue(Origins.sameOrigin(origin, "https://GOOD.example:443/users/a#main-key"));
        assertFalse(Origins.sameOrigin(origin, "https://good.example@evil.example/"));
        assertTrue(origin.isDefaultPort());
    }

    @Test
    void punycodeIsTheCanonicalForm() {
        assertEquals("xn--bcher-kva.example", Origins.parse("https://bücher.example/").host());
        assertEquals(new Origin("https", "xn--bcher-kva.example", 8443), Origins.parse("https://Bücher.example:8443/x"));
        assertEquals("127.0.0.1", Origins.parse("http://127.0.0.1:8080/").host());
        assertEquals("[::ffff:127.0.0.1]", Origins.parse("http://[::ffff:127.0.0.1]/").host());
    }
}
