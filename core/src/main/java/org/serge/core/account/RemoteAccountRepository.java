package org.serge.core.account;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.serge.core.id.Snowflake;

/** SQL for remote actors and their keys, and lookups of any account by id or ActivityPub id. */
public final class RemoteAccountRepository {

    private static final String SELECT = "SELECT " + AccountRowMapper.ACCOUNT_COLUMNS + " FROM accounts a ";

    private final Pool pool;

    public RemoteAccountRepository(Pool pool) {
        this.pool = pool;
    }

    /** Inserts or refreshes a remote actor and replaces its keys, in one transaction. */
    public Future<Account> upsert(RemoteActor actor) {
        return pool.withTransaction(tx -> tx.preparedQuery("INSERT INTO accounts (id, username, domain, actor_type,"
                                + " display_name, summary, locked, uri, inbox_url, shared_inbox_url, outbox_url,"
                                + " followers_url, following_url, featured_url, url, avatar_url, moved_to_uri,"
                                + " also_known_as, discoverable, fetched_at)"
                                + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,"
                                + " $18, $19, now())"
                                + " ON CONFLICT (uri) WHERE uri IS NOT NULL DO UPDATE SET username = EXCLUDED.username,"
                                + " actor_type = EXCLUDED.actor_type, display_name = EXCLUDED.display_name,"
                                + " summary = EXCLUDED.summary, locked = EXCLUDED.locked, inbox_url = EXCLUDED.inbox_url,"
                                + " shared_inbox_url = EXCLUDED.shared_inbox_url, outbox_url = EXCLUDED.outbox_url,"
                                + " followers_url = EXCLUDED.followers_url, following_url = EXCLUDED.following_url,"
                                + " featured_url = EXCLUDED.featured_url, url = EXCLUDED.url,"
                                + " avatar_url = EXCLUDED.avatar_url, moved_to_uri = EXCLUDED.moved_to_uri,"
                                + " also_known_as = EXCLUDED.also_known_as, discoverable = EXCLUDED.discoverable,"
                                + " fetched_at = now(), updated_at = now()"
                                + " RETURNING " + AccountRowMapper.ACCOUNT_COLUMNS.replace("a.", ""))
                        .execute(Tuple.from(new Object[]{Snowflake.next(), actor.username(), actor.domain(),
                                actor.actorType().name(), nullToEmpty(actor.displayName()),
                                nullToEmpty(actor.summary()), actor.locked(), actor.uri(), actor.inboxUrl(),
                                actor.sharedInboxUrl(), actor.outboxUrl(), actor.followersUrl(), actor.followingUrl(),
                                actor.featuredUrl(), actor.url(), actor.avatarUrl(), actor.movedToUri(),
                                actor.alsoKnownAs().toArray(new String[0]), actor.discoverable()}))
                        .map(rows -> AccountRowMapper.account(rows.iterator().next()))
                        .compose(account -> replaceKeys(tx, account.id(), actor.keys()).map(account)));
    }

    public Future<Optional<Account>> findByUri(String uri) {
        return pool.preparedQuery(SELECT + "WHERE a.uri = $1").execute(Tuple.of(uri)).map(RemoteAccountRepository::first);
    }

    public Future<Optional<Account>> findById(long id) {
        return pool.preparedQuery(SELECT + "WHERE a.id = $1").execute(Tuple.of(id)).map(RemoteAccountRepository::first);
    }

    /** The accounts, local or remote, with the given ids, in id order; unknown ids are left out. */
    public Future<List<Account>> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Future.succeededFuture(List.of());
        }
        return pool.preparedQuery(SELECT + "WHERE a.id = ANY($1) ORDER BY a.id")
                .execute(Tuple.of(ids.toArray(new Long[0])))
                .map(rows -> {
                    List<Account> accounts = new ArrayList<>();
                    rows.forEach(row -> accounts.add(AccountRowMapper.account(row)));
                    return accounts;
                });
    }

    public Future<Optional<Account>> findByHandle(String username, String domain) {
        return pool.preparedQuery(SELECT + "WHERE lower(a.username) = lower($1) AND lower(a.domain) = lower($2)")
                .execute(Tuple.of(username, domain))
                .map(RemoteAccountRepository::first);
    }

    /** A remote account by ActivityPub id, with when it was last fetched (to decide on a refetch). */
    public Future<Optional<FetchedAccount>> findFetchedByUri(String uri) {
        return pool.preparedQuery(SELECT.replace(" FROM", ", a.fetched_at FROM") + "WHERE a.uri = $1")
                .execute(Tuple.of(uri))
                .map(RemoteAccountRepository::firstFetched);
    }

    /** A remote account by user@domain, with when it was last fetched. */
    public Future<Optional<FetchedAccount>> findFetchedByHandle(String username, String domain) {
        return pool.preparedQuery(SELECT.replace(" FROM", ", a.fetched_at FROM")
                        + "WHERE lower(a.username) = lower($1) AND lower(a.domain) = lower($2)")
                .execute(Tuple.of(username, domain))
                .map(RemoteAccountRepository::firstFetched);
    }

    private static Optional<FetchedAccount> firstFetched(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(new FetchedAccount(AccountRowMapper.account(row), row.getOffsetDateTime("fetched_at")));
    }

    /** A remote key with the account it belongs to, when it was stored before. */
    public Future<Optional<StoredKey>> findKey(String keyId) {
        return pool.preparedQuery("SELECT k.key_id, k.algorithm, k.public_key, k.fetched_at, "
                        + AccountRowMapper.ACCOUNT_COLUMNS
                        + " FROM remote_keys k JOIN accounts a ON a.id = k.account_id WHERE k.key_id = $1")
                .execute(Tuple.of(keyId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new StoredKey(new RemoteKey(row.getString("key_id"),
                            row.getString("algorithm"), row.getString("public_key")),
                            AccountRowMapper.account(row), row.getOffsetDateTime("fetched_at")));
                });
    }

    public Future<List<RemoteKey>> keysOf(long accountId) {
        return pool.preparedQuery("SELECT key_id, algorithm, public_key FROM remote_keys WHERE account_id = $1")
                .execute(Tuple.of(accountId))
                .map(rows -> {
                    List<RemoteKey> keys = new ArrayList<>();
                    rows.forEach(row -> keys.add(new RemoteKey(row.getString(0), row.getString(1), row.getString(2))));
                    return keys;
                });
    }

    /** Removes a remote actor (a Delete of the actor); statuses and follows go with it. */
    public Future<Void> deleteByUri(String uri) {
        return pool.preparedQuery("DELETE FROM accounts WHERE uri = $1").execute(Tuple.of(uri)).mapEmpty();
    }

    public Future<Void> recordMove(long accountId, String targetUri) {
        return pool.withTransaction(tx -> tx.preparedQuery("UPDATE accounts SET moved_to_uri = $2 WHERE id = $1")
                .execute(Tuple.of(accountId, targetUri))
                .compose(r -> tx.preparedQuery("INSERT INTO account_moves (id, account_id, target_uri) VALUES ($1, $2, $3)")
                        .execute(Tuple.of(Snowflake.next(), accountId, targetUri)))
                .mapEmpty());
    }

    private static Future<Void> replaceKeys(SqlClient tx, long accountId, List<RemoteKey> keys) {
        Future<?> chain = tx.preparedQuery("DELETE FROM remote_keys WHERE account_id = $1").execute(Tuple.of(accountId));
        if (keys.isEmpty()) {
            return chain.mapEmpty();
        }
        List<Tuple> batch = new ArrayList<>();
        keys.forEach(key -> batch.add(Tuple.of(key.keyId(), accountId, key.algorithm(), key.publicKey())));
        return chain.compose(r -> tx.preparedQuery("INSERT INTO remote_keys (key_id, account_id, algorithm, public_key)"
                        + " VALUES ($1, $2, $3, $4) ON CONFLICT (key_id) DO UPDATE SET account_id = EXCLUDED.account_id,"
                        + " algorithm = EXCLUDED.algorithm, public_key = EXCLUDED.public_key, fetched_at = now()")
                .executeBatch(batch)).mapEmpty();
    }

    private static Optional<Account> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(AccountRowMapper.account(rows.iterator().next()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
