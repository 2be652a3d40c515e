package org.serge.federation.inbox;

import org.serge.federation.vocab.Activity;

/** An inbox body that passed the checks needing no key: a JSON object with a string id, type and an actor. */
record IncomingActivity(String id, String type, String actorId, Activity activity, String payload) {
}
