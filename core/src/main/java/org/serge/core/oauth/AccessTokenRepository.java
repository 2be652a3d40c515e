package org.serge.core.oauth;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL over oauth_access_tokens; tokens are found by their SHA-256. */
public final class AccessTokenRepository {

    private static final String COLUMNS = "id, account_id, application_id, scopes, created_at";

    private final Pool pool;

    public AccessTokenRepository(Pool pool) {
        this.pool = pool;
    }

    Future<AccessToken> insert(long id, byte[] hash, Long accountId, Long applicationId, String scopes) {
        return pool.preparedQuery("INSERT INTO oauth_access_tokens (id, token_hash, account_id, application_id, scopes)"
                        + " VALUES ($1, $2, $3, $4, $5) RETURNING " + COLUMNS)
                .execute(Tuple.of(id, Buffer.buffer(hash), accountId, applicationId, scopes))
                .map(rows -> map(rows.iterator().next()));
    }

    /** The token with this hash unless it was revoked. */
    public Future<Optional<AccessToken>> findActive(byte[] hash) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM oauth_access_tokens"
                        + " WHERE token_hash = $1 AND revoked_at IS NULL")
                .execute(Tuple.of(Buffer.buffer(hash)))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next())));
    }

    /** Revokes the token with this hash if the application issued it; true when one was revoked. */
    Future<Boolean> revokeForApplication(byte[] hash, long applicationId) {
        return pool.preparedQuery("UPDATE oauth_access_tokens SET revoked_at = now()"
                        + " WHERE token_hash = $1 AND application_id = $2 AND revoked_at IS NULL")
                .execute(Tuple.of(Buffer.buffer(hash), applicationId))
                .map(rows -> rows.rowCount() > 0);
    }

    /** Revokes the token that a code was exchanged for (the code came back: it leaked); returns their hashes. */
    Future<List<byte[]>> revokeIssuedForCode(byte[] codeHash) {
        return pool.preparedQuery("UPDATE oauth_access_tokens t SET revoked_at = now()"
                        + " FROM oauth_authorization_codes c WHERE c.code_hash = $1 AND c.used_at IS NOT NULL"
                        + " AND t.id = c.access_token_id AND t.revoked_at IS NULL RETURNING t.token_hash")
                .execute(Tuple.of(Buffer.buffer(codeHash)))
                .map(rows -> {
                    List<byte[]> hashes = new ArrayList<>();
                    rows.forEach(row -> hashes.add(row.getBuffer(0).getBytes()));
                    return hashes;
                });
    }

    private static AccessToken map(Row row) {
        return new AccessToken(row.getLong("id"), row.getLong("account_id"), row.getLong("application_id"),
                ScopeText.split(row.getString("scopes")), row.getOffsetDateTime("created_at"));
    }
}
