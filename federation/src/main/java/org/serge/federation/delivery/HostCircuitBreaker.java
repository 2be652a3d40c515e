package org.serge.federation.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mastodon's circuit breaker per host: after {@code threshold} consecutive failures the host is left alone for
 * {@code open}; its rows stay in the queue. A success closes it. Bounded, thread-safe.
 */
public final class HostCircuitBreaker {

    private record State(int failures, Instant openUntil) {
    }

    private final Cache<String, State> states = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(1)).build();
    private final int threshold;
    private final Duration open;
    private final Clock clock;

    public HostCircuitBreaker(int threshold, Duration open, Clock clock) {
        this.threshold = threshold;
        this.open = open;
        this.clock = clock;
    }

    public void success(String host) {
        states.invalidate(host);
    }

    public void failure(String host) {
        states.asMap().compute(host, (h, s) -> {
            int failures = s == null ? 1 : s.failures() + 1;
            return new State(failures, failures >= threshold ? clock.instant().plus(open) : null);
        });
    }

    public boolean isOpen(String host) {
        State s = states.getIfPresent(host);
        return s != null && s.openUntil() != null && clock.instant().isBefore(s.openUntil());
    }

    /** The hosts whose circuit is open now. */
    public Set<String> openHosts() {
        Instant now = clock.instant();
        return states.asMap().entrySet().stream()
                .filter(e -> e.getValue().openUntil() != null && now.isBefore(e.getValue().openUntil()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
