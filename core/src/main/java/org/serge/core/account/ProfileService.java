package org.serge.core.account;

import io.vertx.core.Future;
import org.serge.core.error.ServiceException;
import org.serge.core.outbox.Federator;

/** Members editing their own profile; followers' servers hear of it through an Update of the actor. */
public final class ProfileService {

    public static final int MAX_DISPLAY_NAME = 30;
    public static final int MAX_NOTE = 500;

    private final AccountRepository accounts;
    private final AccountViews views;
    private final Federator federator;

    public ProfileService(AccountRepository accounts, AccountViews views, Federator federator) {
        this.accounts = accounts;
        this.views = views;
        this.federator = federator;
    }

    public Future<AccountView> update(Account member, ProfileChange change) {
        if (!member.isLocal()) {
            return Future.failedFuture(ServiceException.forbidden("only members have a profile here"));
        }
        if (change.displayName() != null && change.displayName().codePointCount(0, change.displayName().length())
                > MAX_DISPLAY_NAME) {
            return Future.failedFuture(ServiceException.unprocessable(
                    "display_name is over " + MAX_DISPLAY_NAME + " characters"));
        }
        if (change.note() != null && change.note().codePointCount(0, change.note().length()) > MAX_NOTE) {
            return Future.failedFuture(ServiceException.unprocessable("note is over " + MAX_NOTE + " characters"));
        }
        return views.find(member.id()).compose(current -> {
            if (current.isEmpty()) {
                return Future.failedFuture(ServiceException.notFound("no such account"));
            }
            Account old = current.get().account();
            String displayName = change.displayName() != null ? change.displayName().strip() : old.displayName();
            String note = change.note() != null ? change.note().strip() : old.summary();
            boolean locked = change.locked() != null ? change.locked() : old.locked();
            boolean discoverable = change.discoverable() != null ? change.discoverable() : current.get().discoverable();
            return accounts.updateSettings(member.id(), displayName, note, locked, discoverable)
                    .compose(v -> views.find(member.id()))
                    .compose(updated -> federator.profileUpdated(updated.get().account()).map(updated.get()));
        });
    }
}
