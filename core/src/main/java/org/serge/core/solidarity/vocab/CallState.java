package org.serge.core.solidarity.vocab;

/** The life of a solidarity call: open, then met (irreversible) and executed, or expired, or cancelled. */
public enum CallState implements WireNamed {
    OPEN, MET, EXECUTED, EXPIRED, CANCELLED;

    public static CallState parse(String wire) {
        return Vocabulary.parse(CallState.class, wire, "call state");
    }
}
