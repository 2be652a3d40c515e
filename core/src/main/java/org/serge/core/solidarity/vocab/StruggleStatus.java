package org.serge.core.solidarity.vocab;

/** Where a struggle stands (LAT, Silver's World Labor Group rules record threatened and cancelled actions too). */
public enum StruggleStatus implements WireNamed {
    THREATENED, PLANNED, ONGOING, SUSPENDED, ENDED, CANCELLED;

    public static StruggleStatus parse(String wire) {
        return Vocabulary.parse(StruggleStatus.class, wire, "struggle status");
    }
}
