package org.serge.federation.delivery;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.serge.core.id.Snowflake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The queue in PostgreSQL: one outgoing_activities row (the payload, serialised once) and one deliveries row per inbox. */
public final class PgDeliveryQueue implements DeliveryQueue {

    private static final Logger LOG = LoggerFactory.getLogger(PgDeliveryQueue.class);

    /** Nothing is queued for a host marked unavailable (see {@link HostAvailability}): it is dropped, as Mastodon does. */
    private static final String INSERT_DELIVERY = "INSERT INTO deliveries (activity_id, inbox_url, host)"
            + " SELECT $1::bigint, $2::text, $3::text WHERE NOT EXISTS (SELECT 1 FROM delivery_hosts h"
            + " WHERE h.host = $3::text AND h.unavailable)";

    private final Vertx vertx;
    private final Pool pool;

    public PgDeliveryQueue(Vertx vertx, Pool pool) {
        this.vertx = vertx;
        this.pool = pool;
    }

    @Override
    public Future<Void> enqueue(long signerAccountId, JsonObject activity, Collection<String> inboxUrls) {
        List<Tuple> rows = new ArrayList<>();
        long activityId = Snowflake.next();
        for (String inbox : new LinkedHashSet<>(inboxUrls)) {
            String host = inbox == null ? null : InboxHosts.of(inbox);
            if (host == null) {
                LOG.warn("not queueing a delivery to an inbox that is not an http(s) URL");
                continue;
            }
            rows.add(Tuple.of(activityId, inbox, host));
        }
        if (rows.isEmpty()) {
            return Future.succeededFuture();
        }
        String payload = activity.encode();
        return pool.withTransaction(tx -> tx.preparedQuery("INSERT INTO outgoing_activities (id, signer_account_id,"
                                + " payload) VALUES ($1, $2, $3)")
                        .execute(Tuple.of(activityId, signerAccountId, payload))
                        .compose(r -> tx.preparedQuery(INSERT_DELIVERY).executeBatch(rows)))
                .onSuccess(r -> vertx.eventBus().publish(WAKE_ADDRESS, null))
                .mapEmpty();
    }
}
