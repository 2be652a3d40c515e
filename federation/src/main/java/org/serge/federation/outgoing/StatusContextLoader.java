package org.serge.federation.outgoing;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import org.serge.core.account.Account;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.media.MediaAttachment;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;
import org.serge.core.status.StatusRepository;

/** Reads what hangs off a status (author, mentions, tags, poll, media) for rendering and addressing. */
public final class StatusContextLoader {

    private final StatusRepository statuses;
    private final RemoteAccountRepository accounts;
    private final StatusAttachments attachments;

    /** A loader that finds no media. */
    public StatusContextLoader(StatusRepository statuses, RemoteAccountRepository accounts) {
        this(statuses, accounts, StatusAttachments.NONE);
    }

    public StatusContextLoader(StatusRepository statuses, RemoteAccountRepository accounts,
                               StatusAttachments attachments) {
        this.statuses = statuses;
        this.accounts = accounts;
        this.attachments = attachments;
    }

    public Future<StatusContext> load(Status status) {
        Future<Account> author = account(status.accountId());
        Future<List<Account>> mentions = statuses.mentionedAccountIds(status.id()).compose(accounts::findByIds);
        Future<List<String>> tags = statuses.tags(status.id());
        Future<Optional<Poll>> poll = statuses.poll(status.id());
        Future<List<MediaAttachment>> media = status.local() ? attachments.of(status.id())
                : Future.succeededFuture(List.of());
        return Future.all(author, mentions, tags, poll, media).map(all -> new StatusContext(status, author.result(),
                mentions.result(), tags.result(), poll.result().orElse(null), media.result()));
    }

    public Future<Account> account(long id) {
        return accounts.findById(id).compose(found -> found.isPresent() ? Future.succeededFuture(found.get())
                : Future.failedFuture(new IllegalStateException("no account " + id)));
    }
}
