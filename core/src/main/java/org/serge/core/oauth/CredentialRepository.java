package org.serge.core.oauth;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;

/** Finds a member's password hash by username or email address. */
public final class CredentialRepository {

    private final Pool pool;

    public CredentialRepository(Pool pool) {
        this.pool = pool;
    }

    Future<Optional<MemberCredentials>> findByLogin(String login) {
        return pool.preparedQuery("SELECT u.account_id, u.password_hash FROM users u"
                        + " JOIN accounts a ON a.id = u.account_id"
                        + " WHERE a.domain IS NULL AND (lower(a.username) = lower($1) OR lower(u.email) = lower($1))"
                        + " ORDER BY (lower(a.username) = lower($1)) DESC LIMIT 1")
                .execute(Tuple.of(login))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(new MemberCredentials(
                        rows.iterator().next().getLong("account_id"),
                        rows.iterator().next().getString("password_hash"))));
    }
}
