package org.serge.core.solidarity.vocab;

/** Whether an action was called by the union (official), was a wildcat (unofficial), or is not known (ILO, LAT). */
public enum Authorisation implements WireNamed {
    OFFICIAL, UNOFFICIAL, UNKNOWN;

    public static Authorisation parse(String wire) {
        return Vocabulary.parse(Authorisation.class, wire, "authorisation");
    }
}
