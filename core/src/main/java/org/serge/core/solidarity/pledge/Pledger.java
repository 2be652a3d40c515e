package org.serge.core.solidarity.pledge;

/** A pledge with its pledger's account, for the views; never handed out as such. */
record Pledger(Pledge pledge, String username, String domain, String displayName, String actorUri) {
}
