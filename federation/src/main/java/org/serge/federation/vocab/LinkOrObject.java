package org.serge.federation.vocab;

import java.util.Optional;

/**
 * A property value that is either a reference (a URI string, or a Link) or an embedded value. {@code id} is the
 * reference, or the embedded value's own id (null for an anonymous embedded value); {@code embedded} is null for
 * a reference. An embedded value is only as trustworthy as the origin that serves it (rule 4): fetch it again
 * from its own origin before acting on it.
 */
public record LinkOrObject(String id, AsEntity embedded) {

    public static LinkOrObject reference(String id) {
        return new LinkOrObject(id, null);
    }

    public static LinkOrObject of(AsEntity entity) {
        return new LinkOrObject(entity.id(), entity);
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public Optional<AsObject> asObject() {
        return embedded instanceof AsObject o ? Optional.of(o) : Optional.empty();
    }

    public Optional<Activity> asActivity() {
        return embedded instanceof Activity a ? Optional.of(a) : Optional.empty();
    }

    public Optional<Actor> asActor() {
        return embedded instanceof Actor a ? Optional.of(a) : Optional.empty();
    }

    public Optional<AsCollection> asCollection() {
        return embedded instanceof AsCollection c ? Optional.of(c) : Optional.empty();
    }
}
