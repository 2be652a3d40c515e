package org.serge.federation.delivery;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.serge.core.id.Snowflake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The queue in PostgreSQL: one outgoing_activities row (the payload, serialised once) and one deliveries row per inbox. */
public final class PgDeliveryQueue implements DeliveryQueue {

    private static final Logger LOG = LoggerFactory.getLogger(PgDeliveryQueue.class);

    /** Nothing is queued for a host marked unavailable (see {@link HostAvailability}): it is dropped, as Mastodon does. */
    private static final String INSERT_DELIVERIES = "INSERT INTO deliveries (activity_id, inbox_url, host)"
            + " SELECT $1::bigint, r.inbox, r.host FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS r(inbox, host, n)"
            + " WHERE NOT EXISTS (SELECT 1 FROM delivery_hosts h WHERE h.host = r.host AND h.unavailable) ORDER BY r.n";

    private final Vertx vertx;
    private final Pool pool;

    public PgDeliveryQueue(Vertx vertx, Pool pool) {
        this.vertx = vertx;
        this.pool = pool;
    }

    @Override
    public Future<Void> enqueue(long signerAccountId, JsonObject activity, Collection<String> inboxUrls) {
        long activityId = Snowflake.next();
        Map<String, List<String>> byHost = new LinkedHashMap<>();
        for (String inbox : new LinkedHashSet<>(inboxUrls)) {
            String host = inbox == null ? null : InboxHosts.of(inbox);
            if (host == null) {
                LOG.warn("not queueing a delivery to an inbox that is not an http(s) URL");
                continue;
            }
            byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(inbox);
        }
        List<String[]> rows = interleaved(byHost);
        if (rows.isEmpty()) {
            return Future.succeededFuture();
        }
        String payload = activity.encode();
        return pool.withTransaction(tx -> tx.preparedQuery("INSERT INTO outgoing_activities (id, signer_account_id,"
                                + " payload) VALUES ($1, $2, $3)")
                        .execute(Tuple.of(activityId, signerAccountId, payload))
                        .compose(r -> tx.preparedQuery(INSERT_DELIVERIES).execute(Tuple.of(activityId,
                                rows.stream().map(row -> row[0]).toArray(String[]::new),
                                rows.stream().map(row -> row[1]).toArray(String[]::new)))))
                .onSuccess(r -> vertx.eventBus().publish(WAKE_ADDRESS, null))
                .mapEmpty();
    }

    /**
     * (inbox, host) pairs, one host's inbox after another's, round robin: the rows get their ids in this order, and
     * claims take rows in id order, so a claim spreads over many hosts rather than taking more of one host than it
     * may send at once.
     */
    private static List<String[]> interleaved(Map<String, List<String>> byHost) {
        List<String[]> rows = new ArrayList<>();
        List<Iterator<String>> hosts = new ArrayList<>();
        byHost.values().forEach(inboxes -> hosts.add(inboxes.iterator()));
        List<String> hostNames = new ArrayList<>(byHost.keySet());
        boolean any = true;
        while (any) {
            any = false;
            for (int i = 0; i < hosts.size(); i++) {
                if (hosts.get(i).hasNext()) {
                    rows.add(new String[] {hosts.get(i).next(), hostNames.get(i)});
                    any = true;
                }
            }
        }
        return rows;
    }
}
