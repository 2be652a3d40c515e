package org.serge.core.solidarity.pledge;

import java.time.OffsetDateTime;
import java.util.List;
import org.serge.core.solidarity.vocab.PledgeSource;
import org.serge.core.solidarity.vocab.PledgeVisibility;

/**
 * A live pledge. {@code node} is the pledger's domain, null for this node's members. Only this package hands
 * pledges out with their pledger, through the views of {@code PledgeService}, so that visibility is respected.
 */
public record Pledge(long id, long callId, long accountId, String node, String country, List<PledgedAsk> asks,
                     PledgeVisibility visibility, PledgeSource source, String objectUri, OffsetDateTime createdAt,
                     OffsetDateTime updatedAt) {

    public Pledge {
        asks = List.copyOf(asks);
    }
}
