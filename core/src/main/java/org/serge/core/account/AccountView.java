package org.serge.core.account;

import java.time.OffsetDateTime;

/**
 * An account with what the client API shows beside it: counts as this node knows them (for remote accounts,
 * only the follows and statuses stored here) and when it last posted.
 */
public record AccountView(Account account, boolean discoverable, long followersCount, long followingCount,
                          long statusesCount, OffsetDateTime lastStatusAt) {

    public long id() {
        return account.id();
    }

    public boolean bot() {
        return account.actorType() == ActorType.Service || account.actorType() == ActorType.Application;
    }

    public boolean group() {
        return account.actorType() == ActorType.Group;
    }
}
