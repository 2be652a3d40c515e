package org.serge.web.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.sqlclient.Pool;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.bookmark.BookmarkRepository;
import org.serge.core.bookmark.BookmarkService;
import org.serge.core.conversation.ConversationRepository;
import org.serge.core.conversation.ConversationService;
import org.serge.core.config.LocalUris;
import org.serge.core.filter.FilterRepository;
import org.serge.core.filter.FilterService;
import org.serge.core.listing.MemberListsRepository;
import org.serge.core.lists.ListRepository;
import org.serge.core.lists.ListService;
import org.serge.core.mute.MuteRepository;
import org.serge.core.mute.MuteService;
import org.serge.core.poll.CallVotes;
import org.serge.core.poll.PollService;
import org.serge.core.poll.PollVoteFederation;
import org.serge.core.poll.PollVoteRepository;
import org.serge.core.solidarity.employer.EmployerRepository;
import org.serge.core.solidarity.employer.EmployerService;
import org.serge.core.solidarity.follow.StruggleFeedRepository;
import org.serge.core.solidarity.follow.StruggleFollowRepository;
import org.serge.core.solidarity.follow.StruggleFollowService;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.StatusService;
import org.serge.core.status.StatusVisibilityPolicy;
import org.serge.core.tag.TagRepository;
import org.serge.core.tag.TagService;
import org.serge.core.timeline.TimelineRepository;
import org.serge.web.api.bookmarks.BookmarkRoutes;
import org.serge.web.api.conversations.ConversationEntities;
import org.serge.web.api.conversations.ConversationRoutes;
import org.serge.web.api.filters.FilterRoutes;
import org.serge.web.api.lists.ListRoutes;
import org.serge.web.api.misc.ApiEntities;
import org.serge.web.api.mutes.MuteRoutes;
import org.serge.web.api.polls.PollRoutes;
import org.serge.web.api.tags.TagEntity;
import org.serge.web.api.tags.TagRoutes;
import org.serge.web.oauth.ApiAuth;

/**
 * The parts of the Mastodon client API about a member's own tools: polls and votes, bookmarks, mutes, lists,
 * filters, followed hashtags and direct conversations. Build it once per node; mount it on each router after the
 * OAuth module.
 */
public final class MemberApiModule {

    private static final int BODY_LIMIT = 64 * 1024;

    private final PollRoutes polls;
    private final BookmarkRoutes bookmarks;
    private final MuteRoutes mutes;
    private final ListRoutes lists;
    private final FilterRoutes filters;
    private final TagRoutes tags;
    private final ConversationRoutes conversations;

    /**
     * {@code callVotes} counts votes on local calls as pledges; {@code voteFederation} sends votes on remote polls.
     */
    public MemberApiModule(Pool pool, LocalUris uris, ApiAuth auth, ApiModule api, StatusService statuses,
                           StatusVisibilityPolicy visibility, CallVotes callVotes, PollVoteFederation voteFederation) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(BODY_LIMIT);
        String base = uris.base();
        ApiEntities entities = new ApiEntities(api, visibility);
        MemberListsRepository memberLists = new MemberListsRepository(pool);
        RemoteAccountRepository accounts = new RemoteAccountRepository(pool);
        MuteRepository muteRepository = new MuteRepository(pool);
        this.polls = new PollRoutes(auth, new PollService(statuses, new StatusRepository(pool),
                new PollVoteRepository(pool), callVotes, voteFederation, uris), api.statusViews(), body);
        this.bookmarks = new BookmarkRoutes(auth, new BookmarkService(statuses, new BookmarkRepository(pool)),
                memberLists, api.statusViews(), api.statusEntity(), entities, base);
        this.mutes = new MuteRoutes(auth, new MuteService(muteRepository), muteRepository, accounts,
                api.relationships(), memberLists, entities, base, body);
        this.lists = new ListRoutes(auth, new ListService(new ListRepository(pool), new TimelineRepository(pool)),
                accounts, api.statusViews(), api.statusEntity(), entities, base, body);
        this.filters = new FilterRoutes(auth, new FilterService(new FilterRepository(pool)), body);
        // hashtag follows are struggle follows: the same rows as Serge's API, hence the same service over them
        StruggleFollowService struggleFollows = new StruggleFollowService(new StruggleFollowRepository(pool),
                new StruggleFeedRepository(pool), new EmployerService(new EmployerRepository(pool)));
        this.tags = new TagRoutes(auth, new TagService(new TagRepository(pool), struggleFollows,
                java.time.Clock.systemUTC()), new TagEntity(uris), base);
        this.conversations = new ConversationRoutes(auth, new ConversationService(new ConversationRepository(pool)),
                new ConversationEntities(entities), base);
    }

    public void mount(Router router) {
        polls.mount(router);
        bookmarks.mount(router);
        mutes.mount(router);
        lists.mount(router);
        filters.mount(router);
        tags.mount(router);
        conversations.mount(router);
    }
}
