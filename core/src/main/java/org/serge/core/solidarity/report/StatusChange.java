package org.serge.core.solidarity.report;

import java.time.OffsetDateTime;
import org.serge.core.solidarity.vocab.Outcome;
import org.serge.core.solidarity.vocab.StruggleStatus;

/** One entry of a report's visible history; the first has no {@code from} status (the filing). */
public record StatusChange(long id, long reportId, StruggleStatus fromStatus, StruggleStatus toStatus,
                           Outcome fromOutcome, Outcome toOutcome, String note, OffsetDateTime at) {
}
