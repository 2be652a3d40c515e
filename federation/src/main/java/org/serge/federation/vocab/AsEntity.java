package org.serge.federation.vocab;

/** A typed ActivityStreams value: an activity, a content object, an actor or a collection. */
public sealed interface AsEntity permits Activity, AsObject, Actor, AsCollection {

    /** The id, or null for an anonymous embedded value. */
    String id();

    /** The type as sent, without an "as:" prefix; the first known one when several are given. */
    String type();
}
