package org.serge.federation.inbox;

import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.status.Visibility;
import org.serge.federation.vocab.Addressed;
import org.serge.federation.vocab.AsIds;

/**
 * Maps ActivityPub addressing to a visibility, as Mastodon reads it: Public in to is public; Public in cc (or
 * audience) is unlisted; the author's followers collection addressed is private; anything else is direct.
 */
public final class Audiences {

    private Audiences() {
    }

    public static Visibility visibility(Addressed addressed, Account author) {
        if (AsIds.isAddressedToPublic(addressed.to())) {
            return Visibility.PUBLIC;
        }
        if (AsIds.isAddressedToPublic(addressed.cc()) || AsIds.isAddressedToPublic(addressed.audience())) {
            return Visibility.UNLISTED;
        }
        if (addressesFollowers(addressed.to(), author) || addressesFollowers(addressed.cc(), author)) {
            return Visibility.PRIVATE;
        }
        return Visibility.DIRECT;
    }

    private static boolean addressesFollowers(List<String> recipients, Account author) {
        String followers = author.followersUrl() != null ? author.followersUrl()
                : author.uri() == null ? null : author.uri() + "/followers";
        return followers != null && recipients.contains(followers);
    }
}
