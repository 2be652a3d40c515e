package org.serge.core.solidarity.vocab;

import java.util.Locale;

/** A vocabulary word with its wire name: the constant's name, lower-case, with hyphens for underscores. */
public interface WireNamed {

    default String wireName() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
