package org.serge.core.token;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.Set;
import org.serge.core.crypto.SecretTokens;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;

/** Issues bearer tokens for local accounts and resolves them. Only the SHA-256 of a token is stored. */
public final class TokenService {

    private final Pool pool;

    public TokenService(Pool pool) {
        this.pool = pool;
    }

    /** Issues a token with the given scopes for a local member; the token is returned once. */
    public Future<String> issueForMember(String username, Set<String> scopes) {
        String token = SecretTokens.random(32);
        return pool.preparedQuery("INSERT INTO oauth_access_tokens (id, token_hash, account_id, scopes)"
                        + " SELECT $1, $2, a.id, $3 FROM accounts a JOIN users u ON u.account_id = a.id"
                        + " WHERE a.domain IS NULL AND lower(a.username) = lower($4)")
                .execute(Tuple.of(Snowflake.next(), io.vertx.core.buffer.Buffer.buffer(SecretTokens.sha256(token)),
                        String.join(" ", scopes), username))
                .compose(rows -> rows.rowCount() == 1
                        ? Future.succeededFuture(token)
                        : Future.failedFuture(ServiceException.notFound("no such member")));
    }
}
