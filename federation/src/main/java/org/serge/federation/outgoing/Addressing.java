package org.serge.federation.outgoing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;

/**
 * to and cc as Mastodon's TagManager sets them. A status: public is to Public, cc followers and mentions; unlisted
 * is to followers, cc Public and mentions; private is to followers, cc mentions; direct is to mentions only. A boost
 * (Announce): public is to Public, cc the original's author and the booster's followers; unlisted is to the
 * booster's followers, cc the original's author and Public; a self-boost of a followers-only status is to the
 * followers only.
 */
public final class Addressing {

    public static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    private final ActorIds ids;

    public Addressing(ActorIds ids) {
        this.ids = ids;
    }

    public Addressees status(StatusContext context) {
        Status status = context.status();
        String followers = ids.followers(context.author());
        List<String> mentions = context.mentions().stream().map(ids::id).distinct().toList();
        List<String> to = new ArrayList<>();
        List<String> cc = new ArrayList<>();
        switch (status.visibility()) {
            case PUBLIC -> {
                to.add(PUBLIC);
                cc.add(followers);
                cc.addAll(mentions);
            }
            case UNLISTED -> {
                to.add(followers);
                cc.add(PUBLIC);
                cc.addAll(mentions);
            }
            case PRIVATE -> {
                to.add(followers);
                cc.addAll(mentions);
            }
            case DIRECT -> to.addAll(mentions);
            default -> throw new IllegalStateException("unknown visibility " + status.visibility());
        }
        return new Addressees(to, cc);
    }

    /** A member boosting their own followers-only status: to their followers only, never Public. */
    public Addressees reblog(Status reblog, Account booster, Status original, Account originalAuthor) {
        String followers = ids.followers(booster);
        String author = ids.id(originalAuthor);
        if (!original.visibility().isPublicLike()) {
            return new Addressees(List.of(followers), List.of());
        }
        if (reblog.visibility() == Visibility.PUBLIC) {
            return new Addressees(List.of(PUBLIC), distinct(author, followers));
        }
        return new Addressees(List.of(followers), distinct(author, PUBLIC));
    }

    private static List<String> distinct(String... values) {
        return Arrays.stream(values).distinct().toList();
    }
}
