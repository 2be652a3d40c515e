package org.serge.core.account;

import java.util.List;

/**
 * What Serge keeps of a remote actor document, already checked by the federation layer (its id is the URL it
 * was fetched from, its keys belong to it).
 */
public record RemoteActor(
        String uri,
        String username,
        String domain,
        ActorType actorType,
        String displayName,
        String summary,
        boolean locked,
        String inboxUrl,
        String sharedInboxUrl,
        String outboxUrl,
        String followersUrl,
        String followingUrl,
        String featuredUrl,
        String url,
        String avatarUrl,
        String movedToUri,
        List<String> alsoKnownAs,
        boolean discoverable,
        List<RemoteKey> keys) {

    public RemoteActor {
        alsoKnownAs = alsoKnownAs == null ? List.of() : List.copyOf(alsoKnownAs);
        keys = keys == null ? List.of() : List.copyOf(keys);
    }
}
