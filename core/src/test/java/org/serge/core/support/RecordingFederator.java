package org.serge.core.support;

import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.serge.core.account.Account;
import org.serge.core.outbox.Federator;
import org.serge.core.status.Status;

/** A Federator that only records what it was told, for service tests. */
public final class RecordingFederator implements Federator {

    public final List<String> calls = new CopyOnWriteArrayList<>();

    private Future<Void> record(String call) {
        calls.add(call);
        return Future.succeededFuture();
    }

    @Override public Future<Void> statusCreated(Status s) { return record("created " + s.id()); }
    @Override public Future<Void> statusUpdated(Status s) { return record("updated " + s.id()); }
    @Override public Future<Void> statusDeleted(Status s) { return record("deleted " + s.id()); }
    @Override public Future<Void> reblogged(Status r, Status o) { return record("reblogged " + o.id()); }
    @Override public Future<Void> unreblogged(Status r, Status o) { return record("unreblogged " + o.id()); }
    @Override public Future<Void> favourited(Account a, Status s, String u) { return record("favourited " + s.id()); }
    @Override public Future<Void> unfavourited(Account a, Status s, String u) { return record("unfavourited " + s.id()); }
    @Override public Future<Void> followRequested(Account f, Account t, String u) { return record("follow " + t.username()); }
    @Override public Future<Void> unfollowed(Account f, Account t, String u) { return record("unfollow " + t.username()); }
    @Override public Future<Void> followAccepted(Account f, Account t, String u) { return record("accept " + f.username()); }
    @Override public Future<Void> followRejected(Account f, Account t, String u) { return record("reject " + f.username()); }
    @Override public Future<Void> blocked(Account b, Account t, String u) { return record("block " + t.username()); }
    @Override public Future<Void> unblocked(Account b, Account t, String u) { return record("unblock " + t.username()); }
    @Override public Future<Void> profileUpdated(Account a) { return record("profile " + a.username()); }
}
