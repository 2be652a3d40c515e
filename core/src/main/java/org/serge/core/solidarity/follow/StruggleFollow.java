package org.serge.core.solidarity.follow;

import java.time.OffsetDateTime;
import org.serge.core.solidarity.employer.Employer;

/** A member's follow of a struggle subject; {@code employer} is set (loaded) for employer follows only. */
public record StruggleFollow(long id, long accountId, FollowSubject subject, Employer employer,
                             OffsetDateTime createdAt) {
}
