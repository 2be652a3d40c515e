package org.serge.federation.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PublicAddressingTest {

    private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

    @ParameterizedTest
    @ValueSource(strings = {"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"})
    void everyPublicFormIsPublicAndNormalised(String form) {
        AsObject note = codec.parse("{\"type\":\"Note\",\"to\":\"" + form + "\",\"cc\":[\"https://a.example/followers\"]}")
                .object().orElseThrow();
        assertTrue(note.isPublic());
        assertEquals(List.of(AsIds.PUBLIC), note.to());
        assertTrue(AsIds.isPublic(form));
    }

    @Test
    void publicInCcIsPublicToo() {
        Activity unlisted = codec.parse("{\"type\":\"Create\",\"actor\":\"https://a.example/u/1\","
                + "\"to\":[\"https://a.example/u/1/followers\"],\"cc\":[{\"id\":\"as:Public\"}]}").activity().orElseThrow();
        assertTrue(unlisted.isPublic());
        assertEquals(List.of(AsIds.PUBLIC), unlisted.cc());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.w3.org/ns/activitystreams#public", "http://www.w3.org/ns/activitystreams#Public",
            "https://evil.example/Public", "public", "as:Publicity"})
    void lookalikesAreNotPublic(String form) {
        assertFalse(AsIds.isPublic(form));
        assertFalse(codec.parse("{\"type\":\"Note\",\"to\":[\"" + form + "\"]}").object().orElseThrow().isPublic());
    }

    @Test
    void followersOnlyAndDirectAreNotPublic() {
        AsObject direct = codec.parse(Fixtures.bytes("mastodon/activity-private_message.json")).object().orElseThrow();
        assertFalse(direct.isPublic());
        assertEquals(List.of("https://ds9.lemmy.ml/u/nutomic"), direct.to());
    }

    @Test
    void rawDocumentCheck() throws Exception {
        var json = codec.readTree("{\"audience\":\"Public\"}".getBytes());
        assertTrue(AsIds.isAddressedToPublic(json));
        assertFalse(AsIds.isAddressedToPublic(codec.readTree("{\"to\":[]}".getBytes())));
    }
}
