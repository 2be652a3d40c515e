package org.serge.web.api;

import io.vertx.ext.web.Router;
import io.vertx.sqlclient.Pool;
import org.serge.core.account.AccountResolver;
import org.serge.core.account.AccountViews;
import org.serge.core.config.LocalUris;
import org.serge.core.follow.FollowRepository;
import org.serge.core.follow.FollowService;
import org.serge.core.outbox.Federator;
import org.serge.core.status.StatusService;
import org.serge.core.timeline.MediaAttachmentSource;
import org.serge.core.timeline.StatusViews;
import org.serge.web.api.entity.AccountEntity;
import org.serge.web.api.entity.StatusEntity;
import org.serge.web.oauth.ApiAuth;

/**
 * The core of the Mastodon client API: accounts, statuses, timelines and relationships. Mount it right after
 * the OAuth module. Other API modules render through {@link #statusViews()} and {@link #statusEntity()}.
 */
public final class ApiModule {

    private final ApiAuth auth;
    private final FollowRepository followRepository;
    private final AccountViews accountViews;
    private final StatusViews statusViews;
    private final AccountEntity accountEntity;
    private final StatusEntity statusEntity;

    public ApiModule(Pool pool, LocalUris uris, String domain, ApiAuth auth, StatusService statuses,
                     FollowService follows, AccountResolver resolver, Federator federator,
                     MediaAttachmentSource media) {
        this.auth = auth;
        this.followRepository = new FollowRepository(pool);
        this.accountViews = new AccountViews(pool);
        this.statusViews = new StatusViews(pool, accountViews, media);
        this.accountEntity = new AccountEntity(uris);
        this.statusEntity = new StatusEntity(uris, accountEntity);
    }

    public AccountViews accountViews() {
        return accountViews;
    }

    public StatusViews statusViews() {
        return statusViews;
    }

    public AccountEntity accountEntity() {
        return accountEntity;
    }

    public StatusEntity statusEntity() {
        return statusEntity;
    }

    public void mount(Router router) {
        new CredentialsRoutes(auth, accountViews, followRepository, accountEntity).mount(router);
    }
}
