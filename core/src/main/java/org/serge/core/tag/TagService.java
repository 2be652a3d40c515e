package org.serge.core.tag;

import io.vertx.core.Future;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.paging.PagedResult;
import org.serge.core.solidarity.follow.FollowSubject;
import org.serge.core.solidarity.follow.StruggleFollowService;
import org.serge.core.timeline.Page;

/**
 * Hashtags for the Mastodon API. Following one is a struggle follow of kind hashtag ({@link StruggleFollowService}):
 * the same follow as Serge's {@code /api/serge/v1/tags/:name/follow}, listed by both APIs, counted in the same
 * limit, bringing matching reports into the struggle feed; the home timeline shows every public status carrying a
 * followed hashtag. A name is letters, digits and '_' (with or without '#', any case); anything else is a 422.
 * Following again and unfollowing what one does not follow answer the hashtag, as on Mastodon.
 */
public final class TagService {

    private final TagRepository tags;
    private final StruggleFollowService follows;
    private final Clock clock;

    public TagService(TagRepository tags, StruggleFollowService follows, Clock clock) {
        this.tags = tags;
        this.follows = follows;
        this.clock = clock;
    }

    /** The hashtag as the viewer (null: anonymous) sees it, used or not. */
    public Future<Hashtag> get(Account viewer, String name) {
        String tag;
        try {
            tag = FollowSubject.hashtag(name).hashtag();
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        return hashtags(viewer, List.of(tag)).map(found -> found.get(0));
    }

    public Future<Hashtag> follow(Account member, String name) {
        FollowSubject subject;
        try {
            subject = FollowSubject.hashtag(name);
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        return follows.follow(member, subject).compose(f -> get(member, subject.hashtag()));
    }

    public Future<Hashtag> unfollow(Account member, String name) {
        FollowSubject subject;
        try {
            subject = FollowSubject.hashtag(name);
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        return follows.unfollow(member, subject)
                .recover(e -> e instanceof ServiceException s && s.status() == 404 ? Future.succeededFuture()
                        : Future.failedFuture(e))
                .compose(v -> get(member, subject.hashtag()));
    }

    /** The hashtags the member follows, newest follow first, paged by the follow's id. */
    public Future<PagedResult<Hashtag>> followed(Account member, Page page) {
        return tags.followedPage(member.id(), page).compose(names -> tags.history(names.items(), clock.instant())
                .map(history -> {
                    List<Hashtag> out = new ArrayList<>();
                    names.items().forEach(n -> out.add(new Hashtag(n, history.get(n), true)));
                    return new PagedResult<>(out, names.newestKey(), names.oldestKey());
                }));
    }

    /** Hashtags by name (valid, lower-case), in the order given, as the viewer (null: anonymous) sees them. */
    public Future<List<Hashtag>> hashtags(Account viewer, List<String> names) {
        Future<java.util.Set<String>> followed = viewer == null ? Future.succeededFuture(java.util.Set.of())
                : tags.followed(viewer.id(), names);
        Future<java.util.Map<String, List<TagUse>>> history = tags.history(names, clock.instant());
        return Future.all(followed, history).map(done -> {
            List<Hashtag> out = new ArrayList<>();
            names.forEach(n -> out.add(new Hashtag(n, history.result().get(n),
                    viewer == null ? null : followed.result().contains(n))));
            return out;
        });
    }
}
