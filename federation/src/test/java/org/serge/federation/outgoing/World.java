package org.serge.federation.outgoing;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.account.AccountRepository;
import org.serge.core.account.ActorType;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.account.RemoteActor;
import org.serge.core.config.LocalUris;
import org.serge.core.config.NodeConfig;
import org.serge.core.follow.FollowRepository;
import org.serge.core.id.Snowflake;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;
import org.serge.core.status.StatusDraft;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.Visibility;
import org.serge.testkit.FixtureAccount;
import org.serge.testkit.Fixtures;
import org.serge.testkit.TestDatabase;

/** A fresh database with alice, bob and carol as local members, and helpers for remote actors, follows, statuses. */
public final class World {

    public final NodeConfig config;
    public final LocalUris uris;
    public final Pool pool;
    public final StatusRepository statuses;
    public final RemoteAccountRepository accounts;
    public final AccountRepository localAccounts;
    public final FollowRepository follows;

    public World(Vertx vertx) {
        this(vertx, TestDatabase.fresh().pool(vertx));
    }

    public World(Vertx vertx, Pool pool) {
        this.config = new NodeConfig("serge.test", 8080, null, null, true, "union", "Union", "", false);
        this.uris = new LocalUris(config);
        this.pool = pool;
        this.statuses = new StatusRepository(pool);
        this.accounts = new RemoteAccountRepository(pool);
        this.localAccounts = new AccountRepository(pool);
        this.follows = new FollowRepository(pool);
    }

    public World withFixtures() {
        for (FixtureAccount fixture : Fixtures.ALL) {
            Fixtures.insert(pool, fixture).await();
        }
        return this;
    }

    public Account local(FixtureAccount fixture) {
        return accounts.findById(fixture.id()).await().orElseThrow();
    }

    /** A remote actor at https://{domain}/users/{username}, with the shared inbox given (or none when null). */
    public Account remote(String username, String domain, String sharedInbox) {
        String actor = "https://" + domain + "/users/" + username;
        return remoteAt(actor, username, domain, actor + "/inbox", sharedInbox);
    }

    public Account remoteAt(String actor, String username, String domain, String inbox, String sharedInbox) {
        return accounts.upsert(new RemoteActor(actor, username, domain, ActorType.Person, username, "", false, inbox,
                sharedInbox, null, actor + "/followers", null, null, actor, null, null, List.of(), false, List.of()))
                .await();
    }

    public void follow(Account follower, Account target) {
        follows.insertFollow(follower.id(), target.id(), "https://x.example/follows/" + Snowflake.next()).await();
    }

    public Status post(Account author, Visibility visibility, List<Account> mentions, List<String> tags, Poll poll) {
        long id = Snowflake.next();
        Status status = new Status(id, uris.status(author.username(), id), uris.statusUrl(author.username(), id),
                author.id(), true, poll == null ? "Note" : "Question", visibility, null, null, null, null,
                "<p>hello</p>", "hello", "", false, null, TestAccounts.T0, null);
        return statuses.insert(new StatusDraft(status, mentions.stream().map(Account::id).toList(), tags, poll, null))
                .await();
    }

    public Status remoteStatus(Account author, Visibility visibility) {
        long id = Snowflake.next();
        Status status = new Status(id, author.uri() + "/statuses/" + id, null, author.id(), false, "Note", visibility,
                null, null, null, null, "<p>remote</p>", null, "", false, null, TestAccounts.T0, null);
        return statuses.insert(new StatusDraft(status, List.of(), List.of(), null, null)).await();
    }

    /** (inbox_url, payload) of every queued delivery, by inbox. */
    public List<Row> deliveries() {
        List<Row> rows = new ArrayList<>();
        pool.query("SELECT d.inbox_url, d.host, d.attempts, d.next_attempt_at, d.claimed_until, d.last_status,"
                        + " a.payload, a.signer_account_id FROM deliveries d"
                        + " JOIN outgoing_activities a ON a.id = d.activity_id ORDER BY d.inbox_url")
                .execute().await().forEach(rows::add);
        return rows;
    }

    public List<String> inboxes() {
        return deliveries().stream().map(r -> r.getString("inbox_url")).toList();
    }

    public void clearQueue() {
        pool.query("DELETE FROM outgoing_activities").execute().await();
    }

    public long count(String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await().iterator().next().getLong(0);
    }
}
