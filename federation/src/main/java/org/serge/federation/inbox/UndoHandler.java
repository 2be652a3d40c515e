package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Objects;
import java.util.Optional;
import org.serge.core.account.Account;
import org.serge.core.follow.FollowRepository;
import org.serge.core.interaction.InteractionRepository;
import org.serge.core.status.StatusRepository;
import org.serge.federation.vocab.Activity;

/**
 * Undo of a Follow, Like, Announce or Block. Only what the undoing actor did itself is undone: the embedded
 * activity's actor must be the sender, and every lookup is by the sender's own rows.
 */
public final class UndoHandler implements ActivityHandler {

    private final AccountLookup accounts;
    private final FollowRepository follows;
    private final InteractionRepository interactions;
    private final StatusRepository statuses;

    public UndoHandler(AccountLookup accounts, FollowRepository follows, InteractionRepository interactions,
                       StatusRepository statuses) {
        this.accounts = accounts;
        this.follows = follows;
        this.interactions = interactions;
        this.statuses = statuses;
    }

    @Override
    public Future<Void> handle(InboxContext ctx, Activity activity, JsonObject raw) {
        Account actor = ctx.actor();
        if (activity.object() == null) {
            return Future.succeededFuture();
        }
        Optional<Activity> embedded = activity.object().asActivity();
        if (embedded.isEmpty()) {
            // only an id: a Like or an Announce can still be found by it among the actor's own rows
            String undone = activity.objectId();
            return undone == null ? Future.succeededFuture()
                    : interactions.deleteFavouriteByUri(undone, actor.id()).compose(v -> undoAnnounce(actor, undone));
        }
        Activity undone = embedded.get();
        if (!Objects.equals(undone.actorId(), actor.uri())) {
            return Future.succeededFuture();
        }
        return switch (undone.type()) {
            case "Follow" -> withLocalTarget(undone, target -> follows.deleteFollow(actor.id(), target.id())
                    .compose(r -> follows.deleteRequest(actor.id(), target.id())).mapEmpty());
            case "Block" -> withLocalTarget(undone, target -> interactions.deleteBlock(actor.id(), target.id())
                    .mapEmpty());
            case "Like" -> undoLike(actor, undone);
            case "Announce" -> undone.id() == null ? Future.succeededFuture() : undoAnnounce(actor, undone.id());
            default -> Future.succeededFuture();
        };
    }

    private Future<Void> withLocalTarget(Activity undone, java.util.function.Function<Account, Future<Void>> action) {
        return accounts.local(undone.objectId())
                .compose(target -> target.isEmpty() ? Future.succeededFuture() : action.apply(target.get()));
    }

    private Future<Void> undoLike(Account actor, Activity like) {
        if (like.objectId() == null) {
            return Future.succeededFuture();
        }
        return statuses.findByUri(like.objectId()).compose(status -> status.isEmpty() ? Future.succeededFuture()
                : interactions.deleteFavourite(actor.id(), status.get().id()).mapEmpty());
    }

    private Future<Void> undoAnnounce(Account actor, String announceUri) {
        return statuses.findByUri(announceUri).compose(reblog -> {
            if (reblog.isEmpty() || !reblog.get().isReblog() || reblog.get().accountId() != actor.id()) {
                return Future.succeededFuture();
            }
            return statuses.delete(reblog.get().id()).mapEmpty();
        });
    }
}
