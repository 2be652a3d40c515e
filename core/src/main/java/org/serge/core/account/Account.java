package org.serge.core.account;

import java.time.OffsetDateTime;

/**
 * An actor this node knows: local (domain and uri null, ids derived from the node's domain) or remote.
 */
public record Account(
        long id,
        String username,
        String domain,
        ActorType actorType,
        String displayName,
        String summary,
        boolean locked,
        String uri,
        OffsetDateTime createdAt) {

    public boolean isLocal() {
        return domain == null;
    }
}
