package org.serge.core.solidarity.follow;

import org.serge.core.solidarity.vocab.WireNamed;

/** What a member can follow of struggles: an employer, an industry code, a country or a hashtag. */
public enum FollowKind implements WireNamed {
    EMPLOYER, SECTOR, COUNTRY, HASHTAG
}
