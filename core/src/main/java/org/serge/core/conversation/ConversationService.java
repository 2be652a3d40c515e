package org.serge.core.conversation;

import io.vertx.core.Future;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.paging.PagedResult;
import org.serge.core.timeline.Page;

/**
 * A member's direct conversations: listing, marking read, removing. Another member's conversation, or one with
 * nothing left to show, is a 404 like an unknown one.
 */
public final class ConversationService {

    private final ConversationRepository conversations;

    public ConversationService(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    public Future<PagedResult<Conversation>> list(Account member, Page page) {
        return conversations.page(member.id(), page);
    }

    public Future<Conversation> read(Account member, long id) {
        return conversations.markRead(member.id(), id)
                .compose(found -> found ? conversations.find(member.id(), id) : Future.succeededFuture(
                        java.util.Optional.<Conversation>empty()))
                .compose(found -> found.isPresent() ? Future.succeededFuture(found.get())
                        : Future.failedFuture(notFound()));
    }

    public Future<Void> remove(Account member, long id) {
        return conversations.delete(member.id(), id)
                .compose(found -> found ? Future.succeededFuture() : Future.failedFuture(notFound()));
    }

    /** The member's conversation holding a status, or null (for the direct stream). */
    public Future<Conversation> holding(Account member, long statusId) {
        return conversations.findByStatus(member.id(), statusId).map(found -> found.orElse(null));
    }

    private static ServiceException notFound() {
        return ServiceException.notFound("Record not found");
    }
}
