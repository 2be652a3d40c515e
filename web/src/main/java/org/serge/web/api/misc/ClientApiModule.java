package org.serge.web.api.misc;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.sqlclient.Pool;
import org.serge.core.account.AccountResolver;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.config.NodeConfig;
import org.serge.core.instance.InstanceRepository;
import org.serge.core.listing.MemberListsRepository;
import org.serge.core.marker.MarkerRepository;
import org.serge.core.marker.MarkerService;
import org.serge.core.notification.NotificationRepository;
import org.serge.core.notification.NotificationService;
import org.serge.core.search.SearchRepository;
import org.serge.core.search.SearchService;
import org.serge.core.search.StatusResolver;
import org.serge.core.solidarity.employer.EmployerRepository;
import org.serge.core.solidarity.employer.EmployerService;
import org.serge.core.solidarity.follow.StruggleFeedRepository;
import org.serge.core.solidarity.follow.StruggleFollowRepository;
import org.serge.core.solidarity.follow.StruggleFollowService;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.StatusVisibilityPolicy;
import org.serge.core.tag.TagRepository;
import org.serge.core.tag.TagService;
import org.serge.web.api.ApiModule;
import org.serge.web.api.instance.InstanceRoutes;
import org.serge.web.api.notifications.NotificationRoutes;
import org.serge.web.api.search.SearchRoutes;
import org.serge.web.api.tags.TagEntity;
import org.serge.web.oauth.ApiAuth;

/**
 * The parts of the Mastodon client API about the node and the member's own things: instance information,
 * notifications, search, markers, blocks and favourites, and the start-up endpoints that answer empty lists.
 * Build it once per node; mount it on each router right after the OAuth module.
 */
public final class ClientApiModule {

    private static final int BODY_LIMIT = 64 * 1024;

    private final InstanceRoutes instance;
    private final StartupRoutes startup;
    private final MarkerRoutes markers;
    private final BlocksAndFavouritesRoutes lists;
    private final NotificationRoutes notifications;
    private final SearchRoutes search;

    public ClientApiModule(Pool pool, NodeConfig config, LocalUris uris, ApiAuth auth, AccountResolver resolver,
                           StatusRepository statuses, StatusVisibilityPolicy visibility, ApiModule api) {
        this(pool, config, uris, auth, resolver, statuses, visibility, api, StatusResolver.NONE);
    }

    /** With {@code statusResolver}, search with resolve also fetches remote statuses by their address. */
    public ClientApiModule(Pool pool, NodeConfig config, LocalUris uris, ApiAuth auth, AccountResolver resolver,
                           StatusRepository statuses, StatusVisibilityPolicy visibility, ApiModule api,
                           StatusResolver statusResolver) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(BODY_LIMIT);
        ApiEntities entities = new ApiEntities(api, visibility);
        RemoteAccountRepository accounts = new RemoteAccountRepository(pool);
        this.instance = new InstanceRoutes(config, uris, new InstanceRepository(pool));
        this.startup = new StartupRoutes(auth);
        this.markers = new MarkerRoutes(auth, new MarkerService(new MarkerRepository(pool)), body);
        this.lists = new BlocksAndFavouritesRoutes(auth, new MemberListsRepository(pool), entities, uris.base());
        this.notifications = new NotificationRoutes(auth, new NotificationService(new NotificationRepository(pool)),
                entities, uris.base(), body);
        TagService tags = new TagService(new TagRepository(pool), new StruggleFollowService(
                new StruggleFollowRepository(pool), new StruggleFeedRepository(pool),
                new EmployerService(new EmployerRepository(pool))), java.time.Clock.systemUTC());
        this.search = new SearchRoutes(auth, new SearchService(new SearchRepository(pool), resolver, accounts,
                statuses, visibility, config.domain(), statusResolver), entities, tags, new TagEntity(uris));
    }

    public void mount(Router router) {
        instance.mount(router);
        startup.mount(router);
        markers.mount(router);
        lists.mount(router);
        notifications.mount(router);
        search.mount(router);
    }
}
