package org.serge.federation.inbox;

import io.vertx.core.json.JsonObject;
import org.serge.federation.vocab.AsEntity;

/** An object that can be acted on: embedded by its own origin or fetched from it, with its JSON. */
public record TrustedObject(AsEntity entity, JsonObject json) {
}
