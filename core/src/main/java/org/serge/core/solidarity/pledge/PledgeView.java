package org.serge.core.solidarity.pledge;

import java.time.OffsetDateTime;
import java.util.List;
import org.serge.core.solidarity.vocab.PledgeVisibility;

/** A pledge with its pledger's name, as a viewer allowed to see that name sees it. */
public record PledgeView(long pledgeId, long accountId, String acct, String displayName, String actorUri,
                         String node, String country, List<PledgedAsk> asks, PledgeVisibility visibility,
                         OffsetDateTime createdAt) {

    public PledgeView {
        asks = List.copyOf(asks);
    }
}
