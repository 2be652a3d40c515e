package org.serge.federation.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AsIdsTest {

    private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

    private JsonNode json(String text) {
        return codec.readTree(text.getBytes());
    }

    @Test
    void idOfEveryShape() {
        assertEquals(Optional.of("https://a.example/1"), AsIds.idOf(json("\"https://a.example/1\"")));
        assertEquals(Optional.of("https://a.example/1"), AsIds.idOf(json("\" https://a.example/1 \"")));
        assertEquals(Optional.of("https://a.example/1"), AsIds.idOf(json("{\"id\":\"https://a.example/1\",\"type\":\"Note\"}")));
        assertEquals(Optional.of("https://a.example/1"), AsIds.idOf(json("{\"type\":\"Link\",\"href\":\"https://a.example/1\"}")));
        assertEquals(Optional.of("https://a.example/1"), AsIds.idOf(json("[null,{\"id\":\"https://a.example/1\"}]")));
        assertEquals(Optional.empty(), AsIds.idOf(json("{\"type\":\"Note\"}")));
        assertEquals(Optional.empty(), AsIds.idOf(json("\"\"")));
        assertEquals(Optional.empty(), AsIds.idOf(json("12")));
        assertEquals(Optional.empty(), AsIds.idOf(null));
    }

    @Test
    void urisOfAddressing() {
        assertEquals(List.of("https://a.example/1", "https://a.example/2"),
                AsIds.uris(json("[\"https://a.example/1\",{\"id\":\"https://a.example/2\"},[\"nested\"],{}]")));
        assertEquals(List.of("https://a.example/1"), AsIds.uris(json("\"https://a.example/1\"")));
        assertEquals(List.of(), AsIds.uris(json("{}").get("to")));
    }
}
