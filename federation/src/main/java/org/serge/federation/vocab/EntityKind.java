package org.serge.federation.vocab;

/** What a parsed ActivityStreams document is, as far as Serge cares. */
public enum EntityKind {
    ACTIVITY,
    OBJECT,
    ACTOR,
    COLLECTION,
    /** Not a JSON object, or an object without a type: nothing to act on. */
    UNKNOWN
}
