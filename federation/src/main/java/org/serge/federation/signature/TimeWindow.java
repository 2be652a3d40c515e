package org.serge.federation.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Accepts signatures dated within {@code skew} of now, either way, and not past their expiry. */
final class TimeWindow {

    private final Clock clock;
    private final Duration skew;

    TimeWindow(Clock clock, Duration skew) {
        this.clock = clock;
        this.skew = skew;
    }

    void checkDated(Instant dated) {
        Instant now = clock.instant();
        if (dated.isAfter(now.plus(skew))) {
            throw new SignatureExpiredException("signature is dated in the future");
        }
        if (dated.isBefore(now.minus(skew))) {
            throw new SignatureExpiredException("signature is too old");
        }
    }

    void checkExpires(Instant expires) {
        if (expires.isBefore(clock.instant())) {
            throw new SignatureExpiredException("signature has expired");
        }
    }
}
