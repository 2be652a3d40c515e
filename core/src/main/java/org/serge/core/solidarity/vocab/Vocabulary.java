package org.serge.core.solidarity.vocab;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.serge.core.error.ServiceException;

/** Strict parsing of wire names: exactly one of the listed words, or a 422 that lists them. */
public final class Vocabulary {

    private Vocabulary() {
    }

    /** The word for a wire name; a {@link ServiceException} 422 naming the field for anything else. */
    public static <E extends Enum<E> & WireNamed> E parse(Class<E> type, String wire, String field) {
        if (wire != null) {
            for (E word : type.getEnumConstants()) {
                if (word.wireName().equals(wire)) {
                    return word;
                }
            }
        }
        throw ServiceException.unprocessable("unknown " + field + (wire == null ? "" : " '" + clip(wire) + "'")
                + "; one of: " + words(type));
    }

    /** Like {@link #parse} but null and blank give the fallback. */
    public static <E extends Enum<E> & WireNamed> E parseOr(Class<E> type, String wire, String field, E fallback) {
        return wire == null || wire.isBlank() ? fallback : parse(type, wire, field);
    }

    /** Reads a wire name stored by this node (already validated). */
    public static <E extends Enum<E> & WireNamed> E stored(Class<E> type, String wire) {
        return wire == null ? null : parse(type, wire, type.getSimpleName());
    }

    static <E extends Enum<E> & WireNamed> String words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNamed::wireName).collect(Collectors.joining(", "));
    }

    private static String clip(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return shown.replaceAll("[^\\p{L}\\p{N} _.-]", "?");
    }
}
