package org.serge.federation.outgoing;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import org.serge.core.account.Account;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;
import org.serge.core.status.StatusRepository;

/** Reads what hangs off a status (author, mentions, tags, poll) for rendering and addressing. */
public final class StatusContextLoader {

    private final StatusRepository statuses;
    private final RemoteAccountRepository accounts;

    public StatusContextLoader(StatusRepository statuses, RemoteAccountRepository accounts) {
        this.statuses = statuses;
        this.accounts = accounts;
    }

    public Future<StatusContext> load(Status status) {
        Future<Account> author = account(status.accountId());
        Future<List<Account>> mentions = statuses.mentionedAccountIds(status.id()).compose(accounts::findByIds);
        Future<List<String>> tags = statuses.tags(status.id());
        Future<Optional<Poll>> poll = statuses.poll(status.id());
        return Future.all(author, mentions, tags, poll).map(all -> new StatusContext(status, author.result(),
                mentions.result(), tags.result(), poll.result().orElse(null)));
    }

    public Future<Account> account(long id) {
        return accounts.findById(id).compose(found -> found.isPresent() ? Future.succeededFuture(found.get())
                : Future.failedFuture(new IllegalStateException("no account " + id)));
    }
}
