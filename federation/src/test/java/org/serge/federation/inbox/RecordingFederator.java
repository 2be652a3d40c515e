package org.serge.federation.inbox;

import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.serge.core.account.Account;
import org.serge.core.outbox.Federator;
import org.serge.core.status.Status;

/** Records what would have been sent, as "kind follower->target uri" lines. */
final class RecordingFederator implements Federator {

    final List<String> calls = new CopyOnWriteArrayList<>();

    private Future<Void> record(String line) {
        calls.add(line);
        return Future.succeededFuture();
    }

    @Override public Future<Void> statusCreated(Status status) { return record("statusCreated " + status.uri()); }
    @Override public Future<Void> statusUpdated(Status status) { return record("statusUpdated " + status.uri()); }
    @Override public Future<Void> statusDeleted(Status status) { return record("statusDeleted " + status.uri()); }
    @Override public Future<Void> reblogged(Status reblog, Status original) { return record("reblogged"); }
    @Override public Future<Void> unreblogged(Status reblog, Status original) { return record("unreblogged"); }
    @Override public Future<Void> favourited(Account liker, Status status, String likeUri) { return record("favourited"); }
    @Override public Future<Void> unfavourited(Account liker, Status status, String likeUri) { return record("unfavourited"); }
    @Override public Future<Void> followRequested(Account f, Account t, String uri) { return record("followRequested"); }
    @Override public Future<Void> unfollowed(Account f, Account t, String uri) { return record("unfollowed"); }

    @Override
    public Future<Void> followAccepted(Account follower, Account target, String followUri) {
        return record("followAccepted " + follower.uri() + "->" + target.username() + " " + followUri);
    }

    @Override public Future<Void> followRejected(Account f, Account t, String uri) { return record("followRejected"); }
    @Override public Future<Void> blocked(Account b, Account t, String uri) { return record("blocked"); }
    @Override public Future<Void> unblocked(Account b, Account t, String uri) { return record("unblocked"); }
    @Override public Future<Void> profileUpdated(Account account) { return record("profileUpdated"); }
}
