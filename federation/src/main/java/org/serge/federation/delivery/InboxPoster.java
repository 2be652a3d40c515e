package org.serge.federation.delivery;

import io.vertx.core.Future;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Sends one signed POST to an inbox. The future fails with {@link RefusedDestinationException} when the destination
 * is not allowed, and with other exceptions for network errors and timeouts (worth a retry).
 */
public interface InboxPoster {

    Future<PostOutcome> post(URI inbox, Map<String, List<String>> headers, byte[] body);
}
