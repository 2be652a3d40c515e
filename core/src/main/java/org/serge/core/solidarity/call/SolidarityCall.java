package org.serge.core.solidarity.call;

import java.time.OffsetDateTime;
import java.util.List;
import org.serge.core.solidarity.vocab.CallState;

/**
 * A solidarity call, local or remote ({@code uri} is the Question's id), linked 1:1 to its status
 * {@code statusId}. {@code condition} is null for an unconditional call, which stays open until executed,
 * expired or cancelled. {@code metAt} and {@code metByPledgeId} say when and on which pledge it became met (the
 * pledge may since have been deleted; a remote call received as met has no pledge id); {@code closedAt} is when
 * it was executed, expired or cancelled.
 */
public record SolidarityCall(long id, long statusId, long accountId, boolean local, String uri, Long reportId,
                             String title, String description, List<Ask> asks, OffsetDateTime deadline,
                             CallCondition condition, CallState state, OffsetDateTime metAt, Long metByPledgeId,
                             OffsetDateTime closedAt, OffsetDateTime createdAt) {

    public SolidarityCall {
        asks = List.copyOf(asks);
    }
}
