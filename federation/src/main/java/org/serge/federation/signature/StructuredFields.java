package org.serge.federation.signature;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of RFC 8941 structured fields that signatures need: dictionaries whose members are items or inner
 * lists, with parameters. Bare items map to String, {@link Token}, Long, BigDecimal, byte[] and Boolean. Parsing
 * follows the RFC's algorithms; any failure is a {@link MalformedSignatureException}.
 */
final class StructuredFields {

    sealed interface Member permits Item, InnerList {
        Map<String, Object> params();
    }

    record Item(Object value, Map<String, Object> params) implements Member {
    }

    record InnerList(List<Item> items, Map<String, Object> params) implements Member {
    }

    record Token(String value) {
    }

    private final String input;
    private int pos;

    private StructuredFields(String input) {
        this.input = input;
    }

    static Map<String, Member> parseDictionary(String field) {
        StructuredFields parser = new StructuredFields(field);
        parser.skipSpaces();
        Map<String, Member> dictionary = parser.dictionary();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw fail();
        }
        return Collections.unmodifiableMap(dictionary);
    }

    // ---- serialisation (RFC 8941 section 4.1) ----

    static String serializeInnerList(InnerList list) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < list.items().size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            Item item = list.items().get(i);
            out.append(serializeBareItem(item.value()));
            appendParams(out, item.params());
        }
        out.append(')');
        appendParams(out, list.params());
        return out.toString();
    }

    static String serializeBareItem(Object value) {
        if (value instanceof String string) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : string.toCharArray()) {
                if (c < 0x20 || c > 0x7e) {
                    throw new MalformedSignatureException("string is not printable ASCII");
                }
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
            return out.append('"').toString();
        }
        if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            String plain = decimal.stripTrailingZeros().toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        if (value instanceof Token token) {
            return token.value();
        }
        if (value instanceof byte[] bytes) {
            return ":" + Base64.getEncoder().encodeToString(bytes) + ":";
        }
        if (value instanceof Boolean bool) {
            return bool ? "?1" : "?0";
        }
        throw new IllegalArgumentException("not a structured-field bare item: " + value);
    }

    private static void appendParams(StringBuilder out, Map<String, Object> params) {
        params.forEach((key, value) -> {
            out.append(';').append(key);
            if (!Boolean.TRUE.equals(value)) {
                out.append('=').append(serializeBareItem(value));
            }
        });
    }

    // ---- parsing (RFC 8941 section 4.2) ----

    private Map<String, Member> dictionary() {
        Map<String, Member> members = new LinkedHashMap<>();
        while (!atEnd()) {
            String key = key();
            Member member;
            if (peek() == '=') {
                pos++;
                member = peek() == '(' ? innerList() : item();
            } else {
                member = new Item(Boolean.TRUE, parameters());
            }
            members.put(key, member);
            skipOptionalWhitespace();
            if (atEnd()) {
                return members;
            }
            if (input.charAt(pos++) != ',') {
                throw fail();
            }
            skipOptionalWhitespace();
            if (atEnd()) {
                throw fail();
            }
        }
        return members;
    }

    private InnerList innerList() {
        pos++;
        List<Item> items = new ArrayList<>();
        while (!atEnd()) {
            skipSpaces();
            if (peek() == ')') {
                pos++;
                return new InnerList(List.copyOf(items), parameters());
            }
            items.add(item());
            if (peek() != ' ' && peek() != ')') {
                throw fail();
            }
        }
        throw fail();
    }

    private Item item() {
        return new Item(bareItem(), parameters());
    }

    private Map<String, Object> parameters() {
        Map<String, Object> params = new LinkedHashMap<>();
        while (peek() == ';') {
            pos++;
            skipSpaces();
            String key = key();
            Object value = Boolean.TRUE;
            if (peek() == '=') {
                pos++;
                value = bareItem();
            }
            params.put(key, value);
        }
        return Collections.unmodifiableMap(params);
    }

    private String key() {
        int start = pos;
        char first = peek();
        if (!(isLcAlpha(first) || first == '*')) {
            throw fail();
        }
        pos++;
        while (!atEnd()) {
            char c = peek();
            if (!(isLcAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '.' || c == '*')) {
                break;
            }
            pos++;
        }
        return input.substring(start, pos);
    }

    private Object bareItem() {
        char c = peek();
        if (c == '-' || isDigit(c)) {
            return number();
        }
        if (c == '"') {
            return string();
        }
        if (c == '*' || isAlpha(c)) {
            return token();
        }
        if (c == ':') {
            return byteSequence();
        }
        if (c == '?') {
            return bool();
        }
        throw fail();
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int digits = pos;
        if (!isDigit(peek())) {
            throw fail();
        }
        boolean decimal = false;
        int dot = -1;
        while (!atEnd()) {
            char c = peek();
            if (isDigit(c)) {
                pos++;
            } else if (c == '.' && !decimal) {
                if (pos - digits > 12) {
                    throw fail();
                }
                decimal = true;
                dot = pos;
                pos++;
            } else {
                break;
            }
            if (!decimal && pos - digits > 15 || decimal && pos - digits > 16) {
                throw fail();
            }
        }
        String text = input.substring(start, pos);
        if (!decimal) {
            return Long.parseLong(text);
        }
        int fraction = pos - dot - 1;
        if (fraction < 1 || fraction > 3) {
            throw fail();
        }
        return new BigDecimal(text);
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (!atEnd()) {
            char c = input.charAt(pos++);
            if (c == '\\') {
                if (atEnd()) {
                    throw fail();
                }
                char next = input.charAt(pos++);
                if (next != '"' && next != '\\') {
                    throw fail();
                }
                out.append(next);
            } else if (c == '"') {
                return out.toString();
            } else if (c < 0x20 || c > 0x7e) {
                throw fail();
            } else {
                out.append(c);
            }
        }
        throw fail();
    }

    private Token token() {
        int start = pos;
        pos++;
        while (!atEnd() && (isTchar(peek()) || peek() == ':' || peek() == '/')) {
            pos++;
        }
        return new Token(input.substring(start, pos));
    }

    private byte[] byteSequence() {
        pos++;
        int end = input.indexOf(':', pos);
        if (end < 0) {
            throw fail();
        }
        String base64 = input.substring(pos, end);
        pos = end + 1;
        for (char c : base64.toCharArray()) {
            if (!(isAlpha(c) || isDigit(c) || c == '+' || c == '/' || c == '=')) {
                throw fail();
            }
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw fail();
        }
    }

    private Boolean bool() {
        pos++;
        char c = peek();
        pos++;
        return switch (c) {
            case '1' -> Boolean.TRUE;
            case '0' -> Boolean.FALSE;
            default -> throw fail();
        };
    }

    private boolean atEnd() {
        return pos >= input.length();
    }

    private char peek() {
        return atEnd() ? '\0' : input.charAt(pos);
    }

    private void skipSpaces() {
        while (peek() == ' ') {
            pos++;
        }
    }

    private void skipOptionalWhitespace() {
        while (peek() == ' ' || peek() == '\t') {
            pos++;
        }
    }

    private static boolean isLcAlpha(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isAlpha(char c) {
        return isLcAlpha(c) || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isTchar(char c) {
        return isAlpha(c) || isDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    private static MalformedSignatureException fail() {
        return new MalformedSignatureException("malformed structured header");
    }
}
