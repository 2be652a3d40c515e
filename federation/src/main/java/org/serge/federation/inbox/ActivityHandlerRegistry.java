package org.serge.federation.inbox;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The one map from activity type to handler. Types without a handler are ignored. */
public final class ActivityHandlerRegistry {

    private final Map<String, ActivityHandler> handlers;

    public ActivityHandlerRegistry(Map<String, ActivityHandler> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    public Optional<ActivityHandler> handlerFor(String type) {
        return type == null ? Optional.empty() : Optional.ofNullable(handlers.get(type));
    }

    public Set<String> types() {
        return handlers.keySet();
    }
}
