package org.serge.core.oauth;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** SQL over oauth_applications. */
public final class ApplicationRepository {

    private static final String COLUMNS = "id, name, website, redirect_uris, scopes, client_id, client_secret, created_at";

    private final Pool pool;

    public ApplicationRepository(Pool pool) {
        this.pool = pool;
    }

    /** An application with the digest of its secret, for client authentication. */
    record WithSecret(OAuthApplication application, String secretDigest) {
    }

    Future<OAuthApplication> insert(long id, String name, String website, List<String> redirectUris,
                                    String scopes, String clientId, String secretDigest) {
        return pool.preparedQuery("INSERT INTO oauth_applications"
                        + " (id, name, website, redirect_uris, scopes, client_id, client_secret)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING " + COLUMNS)
                .execute(Tuple.of(id, name, website, redirectUris.toArray(new String[0]), scopes, clientId,
                        secretDigest))
                .map(rows -> map(rows.iterator().next()).application());
    }

    Future<Optional<WithSecret>> findByClientId(String clientId) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM oauth_applications WHERE client_id = $1")
                .execute(Tuple.of(clientId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next())));
    }

    public Future<Optional<OAuthApplication>> findById(long id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM oauth_applications WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.of(map(rows.iterator().next()).application()));
    }

    private static WithSecret map(Row row) {
        String[] uris = row.getArrayOfStrings("redirect_uris");
        return new WithSecret(new OAuthApplication(
                row.getLong("id"),
                row.getString("name"),
                row.getString("website"),
                uris == null ? List.of() : List.copyOf(Arrays.asList(uris)),
                ScopeText.split(row.getString("scopes")),
                row.getString("client_id"),
                row.getOffsetDateTime("created_at")),
                row.getString("client_secret"));
    }
}
