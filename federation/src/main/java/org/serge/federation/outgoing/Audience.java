package org.serge.federation.outgoing;

import io.vertx.core.Future;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.serge.core.account.Account;
import org.serge.core.follow.FollowRepository;
import org.serge.core.status.Visibility;

/**
 * Who receives what: the distinct remote inboxes (shared inboxes standing in for their users) of each case.
 * Local accounts and this node's own URLs are never in an audience. A followers-only status goes to the author's
 * followers and the accounts it mentions; a direct one to the accounts it mentions only.
 */
public final class Audience {

    private final FollowRepository follows;
    private final ActorIds ids;

    public Audience(FollowRepository follows, ActorIds ids) {
        this.follows = follows;
        this.ids = ids;
    }

    public Future<Set<String>> status(StatusContext context) {
        Set<String> mentioned = inboxes(context.mentions());
        if (context.status().visibility() == Visibility.DIRECT) {
            return Future.succeededFuture(mentioned);
        }
        return followers(context.author()).map(inboxes -> {
            inboxes.addAll(mentioned);
            return inboxes;
        });
    }

    /** A boost (and its Undo): the booster's followers and the original's author. */
    public Future<Set<String>> reblog(Account booster, Account originalAuthor) {
        return followers(booster).map(inboxes -> {
            inboxes.addAll(inboxes(List.of(originalAuthor)));
            return inboxes;
        });
    }

    /** The remote followers' inboxes of a local account (profile updates, statuses). */
    public Future<Set<String>> followers(Account account) {
        return follows.remoteFollowerInboxes(account.id()).map(this::clean);
    }

    /** One remote account (the target of a Follow, Like, Block, Accept...); empty when it is local. */
    public Set<String> account(Account account) {
        return inboxes(List.of(account));
    }

    private Set<String> inboxes(Collection<Account> accounts) {
        return clean(accounts.stream().filter(a -> !a.isLocal()).map(Account::deliveryInbox).toList());
    }

    private Set<String> clean(Collection<String> urls) {
        Set<String> inboxes = new LinkedHashSet<>();
        for (String url : urls) {
            if (url != null && !url.isBlank() && !ids.isLocalUrl(url)) {
                inboxes.add(url);
            }
        }
        return inboxes;
    }
}
