package org.serge.web.api.media;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.sqlclient.Pool;
import org.serge.core.config.NodeConfig;
import org.serge.core.media.MediaLimits;
import org.serge.core.media.MediaRepository;
import org.serge.core.media.MediaService;
import org.serge.core.media.MediaStore;
import org.serge.web.oauth.ApiAuth;

/**
 * Media uploads: the Mastodon media routes and the file server for {@code /media/}. Build it once per node and
 * mount it on each router after the OAuth module. {@link #service()} and {@link #entity()} are for statuses.
 */
public final class MediaModule {

    /** Decoding a large image takes a core and up to ~130 MB: two at a time at most. */
    private static final int WORKERS = 2;

    private final Vertx vertx;
    private final ApiAuth auth;
    private final MediaStore store;
    private final MediaService service;
    private final MediaAttachmentEntity entity;

    public MediaModule(Vertx vertx, Pool pool, NodeConfig config, ApiAuth auth) {
        this.vertx = vertx;
        this.auth = auth;
        this.store = new MediaStore(vertx, config.dataDir());
        this.service = new MediaService(vertx, pool, new MediaRepository(pool), store, MediaLimits.DEFAULTS,
                vertx.createSharedWorkerExecutor("serge-media", WORKERS));
        this.entity = new MediaAttachmentEntity(config.baseUrl());
    }

    public MediaService service() {
        return service;
    }

    public MediaAttachmentEntity entity() {
        return entity;
    }

    /** Statuses' media_attachments, rendered, for the client API's status loader. */
    public RenderedMediaSource attachmentSource() {
        return new RenderedMediaSource(service, entity);
    }

    public void mount(Router router) {
        new MediaRoutes(auth, service, entity, store.uploadsFolder()).mount(router);
        new MediaFileRoutes(vertx, store).mount(router);
    }
}
