package org.serge.federation.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructuredFieldsTest {

    @Test
    void parsesInnerListsWithParameters() {
        Map<String, StructuredFields.Member> dictionary = StructuredFields.parseDictionary(
                "sig-b22=(\"@authority\" \"content-digest\" \"@query-param\";name=\"Pet\");created=1618884473"
                        + ";keyid=\"test-key-rsa-pss\";tag=\"header-example\", other=()");
        assertEquals(List.of("sig-b22", "other"), List.copyOf(dictionary.keySet()));
        StructuredFields.InnerList list = (StructuredFields.InnerList) dictionary.get("sig-b22");
        assertEquals(3, list.items().size());
        assertEquals("@query-param", list.items().get(2).value());
        assertEquals(Map.of("name", "Pet"), list.items().get(2).params());
        assertEquals(List.of("created", "keyid", "tag"), List.copyOf(list.params().keySet()));
        assertEquals(1618884473L, list.params().get("created"));
        assertEquals("(\"@authority\" \"content-digest\" \"@query-param\";name=\"Pet\");created=1618884473"
                + ";keyid=\"test-key-rsa-pss\";tag=\"header-example\"", StructuredFields.serializeInnerList(list));
    }

    @Test
    void parsesEveryBareItemType() {
        Map<String, StructuredFields.Member> dictionary = StructuredFields.parseDictionary(
                "a=1, b=-2.5, c=\"q\\\"uo\\\\te\", d=tok/en:x, e=:AQID:, f=?0, g, h;x;y=?1");
        assertEquals(1L, item(dictionary, "a"));
        assertEquals(new BigDecimal("-2.5"), item(dictionary, "b"));
        assertEquals("q\"uo\\te", item(dictionary, "c"));
        assertEquals(new StructuredFields.Token("tok/en:x"), item(dictionary, "d"));
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) item(dictionary, "e"));
        assertEquals(Boolean.FALSE, item(dictionary, "f"));
        assertEquals(Boolean.TRUE, item(dictionary, "g"));
        assertEquals(Map.of("x", true, "y", true), dictionary.get("h").params());
    }

    @Test
    void laterDuplicateKeysWin() {
        assertEquals(2L, item(StructuredFields.parseDictionary("a=1, a=2"), "a"));
    }

    @Test
    void serialisesBareItems() {
        assertEquals("\"a\\\"b\\\\c\"", StructuredFields.serializeBareItem("a\"b\\c"));
        assertEquals("42", StructuredFields.serializeBareItem(42L));
        assertEquals("1.5", StructuredFields.serializeBareItem(new BigDecimal("1.50")));
        assertEquals(":AQID:", StructuredFields.serializeBareItem(new byte[] {1, 2, 3}));
        assertEquals("?1", StructuredFields.serializeBareItem(true));
        assertThrows(MalformedSignatureException.class, () -> StructuredFields.serializeBareItem("caf\u00e9"));
    }

    @Test
    void refusesMalformedInput() {
        for (String field : List.of("a=", "A=1", "a=1,", "a=1 b=2", "a=(1 2", "a=(1,2)", "a=\"open",
                "a=\"bad\\escape\"", "a=:AQID", "a=?2", "a=1234567890123456", "a=1.2345", "a=@x", "a=1;", "1a=1",
                "a=\"caf\u00e9\"")) {
            assertThrows(MalformedSignatureException.class, () -> StructuredFields.parseDictionary(field), field);
        }
    }

    @Test
    void toleratesWhitespaceBetweenMembers() {
        assertEquals(List.of("a", "b"), List.copyOf(StructuredFields.parseDictionary("  a=1 ,\tb=( 1  2 ) ").keySet()));
    }

    private static Object item(Map<String, StructuredFields.Member> dictionary, String key) {
        return ((StructuredFields.Item) dictionary.get(key)).value();
    }
}
