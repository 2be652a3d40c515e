package org.serge.core.moderation;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.Locale;

/**
 * Domains this node refuses to federate with. A blocked domain is matched with its subdomains. Looked up before
 * any remote fetch and on every inbox request, so answers are cached for at most 10 s: one older than 5 s is
 * refreshed in the background on its next use while the request goes on with it, so that a busy inbox never waits
 * for the database. A block or unblock here clears the cache at once.
 */
public final class DomainBlocks {

    private final Pool pool;
    private final AsyncLoadingCache<String, Boolean> cache;

    public DomainBlocks(Pool pool) {
        this.pool = pool;
        this.cache = Caffeine.newBuilder()
                .maximumSize(10_000)
                .refreshAfterWrite(Duration.ofSeconds(5))
                .expireAfterWrite(Duration.ofSeconds(10))
                .buildAsync((host, executor) -> lookup(host).toCompletionStage().toCompletableFuture());
    }

    public Future<Boolean> isBlocked(String host) {
        if (host == null) {
            return Future.succeededFuture(false);
        }
        String normalised = host.toLowerCase(Locale.ROOT);
        int colon = normalised.lastIndexOf(':');
        if (colon > 0 && normalised.indexOf(']') < colon) {
            normalised = normalised.substring(0, colon);
        }
        return Future.fromCompletionStage(cache.get(normalised));
    }

    public Future<Void> block(String domain) {
        return pool.preparedQuery("INSERT INTO domain_blocks (domain) VALUES ($1) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(domain.toLowerCase(Locale.ROOT)))
                .onSuccess(r -> cache.synchronous().invalidateAll())
                .mapEmpty();
    }

    public Future<Void> unblock(String domain) {
        return pool.preparedQuery("DELETE FROM domain_blocks WHERE domain = $1")
                .execute(Tuple.of(domain.toLowerCase(Locale.ROOT)))
                .onSuccess(r -> cache.synchronous().invalidateAll())
                .mapEmpty();
    }

    private Future<Boolean> lookup(String host) {
        return pool.preparedQuery("SELECT 1 FROM domain_blocks WHERE $1 = domain OR $1 LIKE '%.' || domain LIMIT 1")
                .execute(Tuple.of(host))
                .map(rows -> rows.size() > 0);
    }
}
