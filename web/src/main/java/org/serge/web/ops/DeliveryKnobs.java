package org.serge.web.ops;

import java.time.Duration;
import org.serge.federation.delivery.DeliverySettings;

/**
 * Delivery settings that can be changed without a code change. One knob for now, meant for tests:
 * {@code SERGE_DELIVERY_CLAIM_SECONDS} (environment) or {@code -Dserge.delivery.claim-seconds}: how long a claimed
 * delivery row stays invisible to other workers, so how soon the rows of a process that died are delivered by
 * another (default 90 s; it must stay longer than two request timeouts, 60 s, in production).
 */
public final class DeliveryKnobs {

    static final String CLAIM_ENV = "SERGE_DELIVERY_CLAIM_SECONDS";
    static final String CLAIM_PROPERTY = "serge.delivery.claim-seconds";

    private DeliveryKnobs() {
    }

    public static DeliverySettings apply(DeliverySettings settings) {
        String claim = System.getProperty(CLAIM_PROPERTY, System.getenv(CLAIM_ENV));
        if (claim == null || claim.isBlank()) {
            return settings;
        }
        try {
            long seconds = Long.parseLong(claim.strip());
            if (seconds < 1) {
                throw new IllegalArgumentException(CLAIM_ENV + " must be at least 1");
            }
            return settings.withClaim(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(CLAIM_ENV + " must be a whole number of seconds", e);
        }
    }
}
