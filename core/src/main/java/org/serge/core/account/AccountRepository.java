package org.serge.core.account;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;

/** SQL over the accounts, account_keys and users tables. */
public final class AccountRepository {

    private static final String SELECT_LOCAL_ACTOR = "SELECT " + AccountRowMapper.ACCOUNT_COLUMNS
            + ", k.rsa_public_pem, k.rsa_private_pem, k.ed25519_public, k.ed25519_private"
            + " FROM accounts a JOIN account_keys k ON k.account_id = a.id WHERE a.domain IS NULL ";

    private final Pool pool;

    public AccountRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<Optional<LocalActor>> findLocalActor(String username) {
        return pool.preparedQuery(SELECT_LOCAL_ACTOR + "AND lower(a.username) = lower($1)")
                .execute(Tuple.of(username))
                .map(AccountRepository::firstLocalActor);
    }

    /** A local account with its keys, by account id (the delivery queue's signer). */
    public Future<Optional<LocalActor>> findLocalActorById(long id) {
        return pool.preparedQuery(SELECT_LOCAL_ACTOR + "AND a.id = $1")
                .execute(Tuple.of(id))
                .map(AccountRepository::firstLocalActor);
    }

    public Future<Optional<LocalActor>> findLocalActorByType(ActorType type) {
        return pool.preparedQuery(SELECT_LOCAL_ACTOR + "AND a.actor_type = $1 ORDER BY a.id LIMIT 1")
                .execute(Tuple.of(type.name()))
                .map(AccountRepository::firstLocalActor);
    }

    /** A local account by id, keys left out (API authentication). */
    public Future<Optional<Account>> findLocalById(long id) {
        return pool.preparedQuery("SELECT " + AccountRowMapper.ACCOUNT_COLUMNS
                        + " FROM accounts a WHERE a.domain IS NULL AND a.id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.of(AccountRowMapper.account(rows.iterator().next())));
    }

    public Future<Boolean> localUsernameTaken(String username) {
        return pool.preparedQuery("SELECT 1 FROM accounts WHERE domain IS NULL AND lower(username) = lower($1)")
                .execute(Tuple.of(username))
                .map(rows -> rows.size() > 0);
    }

    /** Inserts a local account with its keys, inside the caller's transaction. */
    public Future<Account> insertLocal(SqlClient tx, long id, NewAccount account, AccountKeys keys) {
        return tx.preparedQuery("INSERT INTO accounts (id, username, actor_type, display_name, summary, locked)"
                        + " VALUES ($1, $2, $3, $4, $5, $6) RETURNING " + AccountRowMapper.ACCOUNT_COLUMNS
                                .replace("a.", ""))
                .execute(Tuple.of(id, account.username(), account.actorType().name(), account.displayName(),
                        account.summary(), account.locked()))
                .map(rows -> AccountRowMapper.account(rows.iterator().next()))
                .compose(inserted -> tx.preparedQuery("INSERT INTO account_keys"
                                + " (account_id, rsa_public_pem, rsa_private_pem, ed25519_public, ed25519_private)"
                                + " VALUES ($1, $2, $3, $4, $5)")
                        .execute(Tuple.of(id, keys.rsaPublicPem(), keys.rsaPrivatePem(),
                                Buffer.buffer(keys.ed25519Public()), Buffer.buffer(keys.ed25519Private())))
                        .map(inserted));
    }

    public Future<Void> insertUser(SqlClient tx, long accountId, String email, String passwordHash, boolean admin) {
        return tx.preparedQuery("INSERT INTO users (account_id, email, password_hash, admin) VALUES ($1, $2, $3, $4)")
                .execute(Tuple.of(accountId, email, passwordHash, admin))
                .mapEmpty();
    }

    public Future<Boolean> emailTaken(String email) {
        return pool.preparedQuery("SELECT 1 FROM users WHERE lower(email) = lower($1)")
                .execute(Tuple.of(email))
                .map(rows -> rows.size() > 0);
    }

    public Future<Void> updateProfile(long accountId, String displayName, String summary) {
        return pool.preparedQuery("UPDATE accounts SET display_name = $2, summary = $3, updated_at = now()"
                        + " WHERE id = $1 AND (display_name <> $2 OR summary <> $3)")
                .execute(Tuple.of(accountId, displayName, summary))
                .mapEmpty();
    }

    /** Replaces a local account's profile and settings. */
    public Future<Void> updateSettings(long accountId, String displayName, String summary, boolean locked,
                                       boolean discoverable) {
        return pool.preparedQuery("UPDATE accounts SET display_name = $2, summary = $3, locked = $4, discoverable = $5,"
                        + " updated_at = now() WHERE id = $1 AND domain IS NULL")
                .execute(Tuple.of(accountId, displayName, summary, locked, discoverable))
                .mapEmpty();
    }

    /** Members who can log in: local accounts with a users row. */
    public Future<Long> countLocalUsers() {
        return pool.query("SELECT count(*) FROM users").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private static Optional<LocalActor> firstLocalActor(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(new LocalActor(AccountRowMapper.account(row), AccountRowMapper.keys(row)));
    }
}
