package org.serge.federation.delivery;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Collection;

/**
 * How an activity is sent: queued durably, once per inbox, and delivered by {@link DeliveryWorker}s. The future
 * completes once the activity and one row per inbox are committed; an empty collection of inboxes is a no-op.
 */
public interface DeliveryQueue {

    /** Local event-bus address the queue publishes to after enqueueing, so that a worker in this process wakes up. */
    String WAKE_ADDRESS = "serge.delivery.wake";

    Future<Void> enqueue(long signerAccountId, JsonObject activity, Collection<String> inboxUrls);
}
