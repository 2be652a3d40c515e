package org.serge.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A parsed document: its kind, the typed value ({@code entity} is null when the kind is UNKNOWN) and the JSON
 * tree, which keeps the properties the records leave out (extension namespaces, proofs).
 */
public record ParseResult(EntityKind kind, AsEntity entity, JsonNode json) {

    public Optional<Activity> activity() {
        return entity instanceof Activity a ? Optional.of(a) : Optional.empty();
    }

    public Optional<AsObject> object() {
        return entity instanceof AsObject o ? Optional.of(o) : Optional.empty();
    }

    public Optional<Actor> actor() {
        return entity instanceof Actor a ? Optional.of(a) : Optional.empty();
    }

    public Optional<AsCollection> collection() {
        return entity instanceof AsCollection c ? Optional.of(c) : Optional.empty();
    }
}
