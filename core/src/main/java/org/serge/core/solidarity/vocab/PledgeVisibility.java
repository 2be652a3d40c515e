package org.serge.core.solidarity.vocab;

/** Who may see a pledger's name: nobody (count-only, the default), the caller only, or everyone. */
public enum PledgeVisibility implements WireNamed {
    COUNT_ONLY, CALLER_ONLY, PUBLIC;

    public static PledgeVisibility parse(String wire) {
        return Vocabulary.parse(PledgeVisibility.class, wire, "pledge visibility");
    }
}
