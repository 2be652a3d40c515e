package org.serge.core.oauth;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.serge.core.crypto.SecretTokens;

/**
 * Limits password guessing: at most {@value #ACCOUNT_LIMIT} failed logins per account (or per unknown login
 * name) and {@value #CLIENT_LIMIT} per OAuth client in {@value #WINDOW_MINUTES} minutes. Never by network address:
 * Serge keeps none. The client limit is higher because web clients share one registration among many people.
 * Kept in the database, so that every HTTP verticle and every node process sharing it count together.
 */
public final class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int CLIENT_LIMIT = 25;
    static final int WINDOW_MINUTES = 15;

    private final Pool pool;

    public LoginThrottle(Pool pool) {
        this.pool = pool;
    }

    /** The throttle key of an account, or of a login name that matches no account. */
    static byte[] accountKey(MemberCredentials credentials, String login) {
        return SecretTokens.sha256(credentials != null ? "account:" + credentials.accountId()
                : "login:" + login.toLowerCase(java.util.Locale.ROOT));
    }

    static byte[] clientKey(long applicationId) {
        return SecretTokens.sha256("client:" + applicationId);
    }

    Future<Boolean> allowed(byte[] accountKey, byte[] clientKey) {
        return pool.preparedQuery("SELECT count(*) FILTER (WHERE throttle_key = $1) AS by_account,"
                        + " count(*) FILTER (WHERE throttle_key = $2) AS by_client"
                        + " FROM oauth_login_failures WHERE throttle_key IN ($1, $2)"
                        + " AND failed_at > now() - make_interval(mins => $3)")
                .execute(Tuple.of(Buffer.buffer(accountKey), Buffer.buffer(clientKey), WINDOW_MINUTES))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return row.getLong("by_account") < ACCOUNT_LIMIT && row.getLong("by_client") < CLIENT_LIMIT;
                });
    }

    Future<Void> recordFailure(byte[] accountKey, byte[] clientKey) {
        return pool.withTransaction(tx -> tx.preparedQuery("INSERT INTO oauth_login_failures (throttle_key)"
                                + " VALUES ($1), ($2)")
                        .execute(Tuple.of(Buffer.buffer(accountKey), Buffer.buffer(clientKey)))
                        .compose(r -> tx.query("DELETE FROM oauth_login_failures"
                                + " WHERE failed_at < now() - interval '1 day'").execute()))
                .mapEmpty();
    }

    Future<Void> clear(byte[] accountKey) {
        return pool.preparedQuery("DELETE FROM oauth_login_failures WHERE throttle_key = $1")
                .execute(Tuple.of(Buffer.buffer(accountKey)))
                .mapEmpty();
    }
}
