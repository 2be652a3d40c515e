package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.net.URI;
import java.security.KeyPair;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.serge.core.account.Account;
import org.serge.core.account.AccountRepository;
import org.serge.core.account.ActorType;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.account.RemoteActor;
import org.serge.core.account.RemoteKey;
import org.serge.core.config.LocalUris;
import org.serge.core.config.NodeConfig;
import org.serge.core.crypto.RsaKeys;
import org.serge.core.id.Snowflake;
import org.serge.core.status.Status;
import org.serge.core.status.StatusDraft;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.Visibility;
import org.serge.federation.vocab.Activity;
import org.serge.federation.vocab.ActivityStreamsCodec;
import org.serge.testkit.FixtureAccount;
import org.serge.testkit.Fixtures;
import org.serge.testkit.TestDatabase;

/** One fresh database with alice, bob and carol, the handlers over it, and helpers to set scenes up. */
final class InboxTestBed {

    static final NodeConfig CONFIG = new NodeConfig("serge.test", 0, null, null, false, "union", "The Union", "", false);

    final Vertx vertx;
    final Pool pool;
    final LocalUris uris = new LocalUris(CONFIG);
    final ActivityStreamsCodec codec = new ActivityStreamsCodec();
    final MapRemoteObjects remoteObjects = new MapRemoteObjects();
    final RecordingFederator federator = new RecordingFederator();
    final RemoteAccountRepository remoteAccounts;
    final AccountRepository accounts;
    final StatusRepository statuses;
    final AccountLookup lookup;
    final InboxHandlers handlers;

    InboxTestBed(Vertx vertx) {
        this.vertx = vertx;
        this.pool = TestDatabase.fresh().pool(vertx);
        this.remoteAccounts = new RemoteAccountRepository(pool);
        this.accounts = new AccountRepository(pool);
        this.statuses = new StatusRepository(pool);
        this.lookup = new AccountLookup(uris, accounts, remoteAccounts);
        this.handlers = new InboxHandlers(pool, uris, new DbAccountResolver(lookup), remoteObjects, federator, codec);
        for (FixtureAccount fixture : Fixtures.ALL) {
            await(Fixtures.insert(pool, fixture));
        }
    }

    static <T> T await(Future<T> future) {
        try {
            return future.await(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }

    Account local(String username) {
        return await(lookup.local(uris.actor(username))).orElseThrow();
    }

    String actorUri(String username) {
        return uris.actor(username);
    }

    /** A local account of another type or lockedness, with alice's keys (keys are not used here). */
    Account insertLocal(String username, ActorType type, boolean locked) {
        long id = Snowflake.next();
        await(pool.preparedQuery("INSERT INTO accounts (id, username, actor_type, display_name, locked)"
                + " VALUES ($1, $2, $3, $2, $4)").execute(Tuple.of(id, username, type.name(), locked)));
        await(pool.preparedQuery("INSERT INTO account_keys (account_id, rsa_public_pem, rsa_private_pem,"
                        + " ed25519_public, ed25519_private) SELECT $1, rsa_public_pem, rsa_private_pem, ed25519_public,"
                        + " ed25519_private FROM account_keys WHERE account_id = $2")
                .execute(Tuple.of(id, Fixtures.ALICE.id())));
        return local(username);
    }

    RemoteUser remote(String uri) {
        KeyPair keys = RsaKeys.generate();
        String keyId = uri + "#main-key";
        URI parsed = URI.create(uri);
        String path = parsed.getPath();
        String username = path.substring(path.lastIndexOf('/') + 1);
        String domain = parsed.getPort() < 0 ? parsed.getHost() : parsed.getHost() + ":" + parsed.getPort();
        Account account = await(remoteAccounts.upsert(new RemoteActor(uri, username.isEmpty() ? "actor" : username,
                domain, ActorType.Person, username, "", false, uri + "/inbox", null, uri + "/outbox",
                uri + "/followers", uri + "/following", null, uri, null, null, List.of(), true,
                List.of(new RemoteKey(keyId, RemoteKey.RSA, RsaKeys.publicPem(keys.getPublic()))))));
        return new RemoteUser(account, keys, keyId);
    }

    Status localStatus(Account author, Visibility visibility) {
        long id = Snowflake.next();
        Status status = new Status(id, uris.status(author.username(), id), uris.statusUrl(author.username(), id),
                author.id(), true, "Note", visibility, null, null, null, null, "<p>hello</p>", "hello", "", false,
                "en", OffsetDateTime.now(), null);
        return await(statuses.insert(new StatusDraft(status, List.of(), List.of(), null, null)));
    }

    Status remoteStatus(RemoteUser author, String uri, Visibility visibility) {
        Status status = new Status(Snowflake.next(), uri, uri, author.account().id(), false, "Note", visibility,
                null, null, null, null, "<p>remote</p>", null, "", false, null, OffsetDateTime.now(), null);
        return await(statuses.insert(new StatusDraft(status, List.of(), List.of(), null, "{}")));
    }

    Optional<Status> status(String uri) {
        return await(statuses.findByUri(uri));
    }

    Activity activity(JsonObject json) {
        return codec.parse(json.encode()).activity().orElseThrow();
    }

    /** Runs the registered handler for the activity's type as if the actor had signed it. */
    void handle(RemoteUser actor, JsonObject json) {
        handle(actor.account(), json);
    }

    void handle(Account actor, JsonObject json) {
        ActivityHandler handler = handlers.registry().handlerFor(json.getString("type")).orElseThrow();
        await(handler.handle(new InboxContext(actor), activity(json), json));
    }

    long count(String sql, Object... params) {
        Row row = await(pool.preparedQuery(sql).execute(Tuple.from(params))).iterator().next();
        return row.getLong(0);
    }

    void close() {
        pool.close();
    }
}
