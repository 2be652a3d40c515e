package org.serge.federation.fetch;

import java.time.Duration;

/**
 * Bounds of one outgoing GET (rule 7, CVE-2023-36461).
 *
 * @param connectTimeout per connection attempt
 * @param idleTimeout    no byte received for this long fails the request
 * @param deadline       the whole exchange: name resolution, redirects, the double knock and the body
 * @param maxBodyBytes   a longer body is refused, whatever Content-Length said
 * @param maxRedirects   redirects followed; one more is refused
 */
public record FetchLimits(Duration connectTimeout, Duration idleTimeout, Duration deadline, int maxBodyBytes,
                          int maxRedirects) {

    public static final FetchLimits DEFAULTS = new FetchLimits(Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), 1024 * 1024, 3);
}
