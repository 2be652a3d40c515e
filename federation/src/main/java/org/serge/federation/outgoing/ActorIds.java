package org.serge.federation.outgoing;

import java.net.URI;
import org.serge.core.account.Account;
import org.serge.core.account.ActorType;
import org.serge.core.config.LocalUris;
import org.serge.federation.delivery.InboxHosts;

/** The ActivityPub ids of any account: derived from the node's domain for local ones, as stored for remote ones. */
public final class ActorIds {

    private final LocalUris uris;
    private final String localDomain;

    public ActorIds(LocalUris uris) {
        this.uris = uris;
        this.localDomain = URI.create(uris.base()).getRawAuthority();
    }

    public LocalUris uris() {
        return uris;
    }

    public String id(Account account) {
        if (!account.isLocal()) {
            return account.uri();
        }
        return account.actorType() == ActorType.Application ? uris.applicationActor() : uris.actor(account.username());
    }

    /** The followers collection, or null for a remote actor that has none. */
    public String followers(Account account) {
        return account.isLocal() ? uris.followers(account.username()) : account.followersUrl();
    }

    /** The key id a local account signs with. */
    public String keyId(Account account) {
        return id(account) + "#main-key";
    }

    /** "@user@domain", the name of a Mention, for local accounts too. */
    public String handle(Account account) {
        return "@" + account.username() + "@" + (account.isLocal() ? localDomain : account.domain());
    }

    /** Whether a URL points at this node's host, whatever its scheme or case (never delivered to). */
    public boolean isLocalUrl(String url) {
        return url != null && localDomain.equalsIgnoreCase(String.valueOf(InboxHosts.of(url)));
    }
}
