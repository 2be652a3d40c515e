package org.serge.federation.delivery;

/**
 * What the delivery worker counts. The host is given so that an implementation can tell which hosts were active
 * lately; it must not become a tag of a counter (unbounded cardinality).
 */
public interface DeliveryMetrics {

    DeliveryMetrics NONE = new DeliveryMetrics() {
        @Override
        public void delivered(String host) {
        }

        @Override
        public void failed(String host) {
        }

        @Override
        public void retried(String host) {
        }
    };

    /** A 2xx answer. */
    void delivered(String host);

    /** Dropped for good: refused by the inbox, a destination we must not reach, given up, or host unavailable. */
    void failed(String host);

    /** A failure that will be tried again. */
    void retried(String host);
}
