package org.serge.core.solidarity.pledge;

import java.util.List;

/** The pledges of a call as one viewer may see them: all of them counted, only some of them named. */
public record VisiblePledges(long callId, int total, int unnamed, List<PledgeView> named) {

    public VisiblePledges {
        named = List.copyOf(named);
    }
}
