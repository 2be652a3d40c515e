package org.serge.core.solidarity.pledge;

import org.serge.core.solidarity.call.SolidarityCall;

/**
 * What a pledge (or a withdrawal) did: the pledge stored (null after a withdrawal or delete), the call as it is
 * now, the new tally, and whether this very change made the call met (federation announces that once).
 */
public record PledgeResult(Pledge pledge, SolidarityCall call, Tally tally, boolean justMet) {
}
