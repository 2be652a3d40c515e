package org.serge.federation.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 8785's own examples, run through Vert.x JSON as the proofs use it. */
class JcsTest {

    private static String canonical(String json) {
        return new String(Jcs.canonicalize(new JsonObject(json)), StandardCharsets.UTF_8);
    }

    @Test
    void rfc8785Section323Example() {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }
                """;

        assertEquals("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}", canonical(input));
    }

    @Test
    void rfc8785Section324SortsByUtf16CodeUnits() {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }
                """;

        assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                + "\"\uD83D\uDE00\":\"Emoji: Grinning Face\",\"\uFB33\":\"Hebrew Letter Dalet With Dagesh\"}",
                canonical(input));
    }

    @Test
    void rfc8785AppendixBNumbers() {
        String input = "{\"n\":[-0.0,1e21,1e20,5e-324,9007199254740992,295147905179352830000,4.5e-7,1.0,-1.5e-7]}";

        assertEquals("{\"n\":[0,1e+21,100000000000000000000,5e-324,9007199254740992,295147905179352830000,"
                + "4.5e-7,1,-1.5e-7]}", canonical(input));
    }
}
