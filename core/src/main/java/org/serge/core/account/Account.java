package org.serge.core.account;

import java.time.OffsetDateTime;

/**
 * An actor this node knows: local (domain and uri null, ids derived from the node's domain) or remote (the
 * endpoint URLs are those the remote actor document gave; null for local accounts).
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
        OffsetDateTime createdAt,
        String inboxUrl,
        String sharedInboxUrl,
        String followersUrl,
        String url,
        String avatarUrl) {

    public boolean isLocal() {
        return domain == null;
    }

    /** The inbox to deliver to: the shared inbox when the actor has one. */
    public String deliveryInbox() {
        return sharedInboxUrl != null ? sharedInboxUrl : inboxUrl;
    }

    /** user@domain for remote accounts, the bare username for local ones (as Mastodon's acct). */
    public String acct() {
        return domain == null ? username : username + "@" + domain;
    }
}
