package org.serge.core.oauth;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;

/** SQL over oauth_authorization_codes; codes are found by their SHA-256 and used once. */
public final class AuthorizationCodeRepository {

    private final Pool pool;

    public AuthorizationCodeRepository(Pool pool) {
        this.pool = pool;
    }

    Future<Void> insert(long id, byte[] hash, long applicationId, long accountId, String scopes, String redirectUri,
                        String codeChallenge, int lifetimeSeconds) {
        return pool.preparedQuery("INSERT INTO oauth_authorization_codes (id, code_hash, application_id, account_id,"
                        + " scopes, redirect_uri, code_challenge, expires_at)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(secs => $8))")
                .execute(Tuple.from(new Object[] {id, Buffer.buffer(hash), applicationId, accountId, scopes,
                        redirectUri, codeChallenge, lifetimeSeconds}))
                .mapEmpty();
    }

    /** Marks the code used and returns it; empty when it is unknown or was used before. */
    Future<Optional<AuthorizationCode>> consume(byte[] hash) {
        return pool.preparedQuery("UPDATE oauth_authorization_codes SET used_at = now()"
                        + " WHERE code_hash = $1 AND used_at IS NULL"
                        + " RETURNING id, application_id, account_id, scopes, redirect_uri, code_challenge,"
                        + " expires_at <= now() AS expired")
                .execute(Tuple.of(Buffer.buffer(hash)))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next())));
    }

    Future<Void> linkToken(long codeId, long tokenId) {
        return pool.preparedQuery("UPDATE oauth_authorization_codes SET access_token_id = $2 WHERE id = $1")
                .execute(Tuple.of(codeId, tokenId))
                .mapEmpty();
    }

    private static AuthorizationCode map(Row row) {
        return new AuthorizationCode(row.getLong("id"), row.getLong("application_id"), row.getLong("account_id"),
                ScopeText.split(row.getString("scopes")), row.getString("redirect_uri"),
                row.getString("code_challenge"), row.getBoolean("expired"));
    }
}
