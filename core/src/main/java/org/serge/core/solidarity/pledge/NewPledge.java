package org.serge.core.solidarity.pledge;

import java.util.List;

/**
 * A pledge as submitted: the asks committed to, who may see the pledger's name (wire name; null means
 * count-only) and the pledger's country (ISO 3166-1 alpha-2, optional).
 */
public record NewPledge(List<PledgedAsk> asks, String visibility, String country) {

    public NewPledge {
        asks = asks == null ? List.of() : List.copyOf(asks);
    }

    public static NewPledge of(String country, PledgedAsk... asks) {
        return new NewPledge(List.of(asks), null, country);
    }

    public NewPledge visible(String visibility) {
        return new NewPledge(asks, visibility, country);
    }
}
