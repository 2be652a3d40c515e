package org.serge.federation.keys;

import java.time.Duration;

/**
 * How often a key may be refetched after a failed verification, so that a flood of forged signatures cannot make
 * this node hammer the key's server.
 *
 * @param perKey        one refetch of a key per this interval
 * @param hostBudget    refetches of keys of one host per {@code hostWindow}
 * @param hostWindow    the window of the host budget
 */
public record KeyRefreshLimits(Duration perKey, int hostBudget, Duration hostWindow) {

    public static final KeyRefreshLimits DEFAULTS = new KeyRefreshLimits(Duration.ofMinutes(1), 30,
            Duration.ofMinutes(10));
}
