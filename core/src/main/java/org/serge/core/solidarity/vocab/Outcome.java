package org.serge.core.solidarity.vocab;

/** How a struggle ended (ILO); a report without an outcome has not ended or not said. */
public enum Outcome implements WireNamed {
    WON, PARTLY_WON, LOST, UNRESOLVED, UNKNOWN;

    public static Outcome parse(String wire) {
        return Vocabulary.parse(Outcome.class, wire, "outcome");
    }
}
