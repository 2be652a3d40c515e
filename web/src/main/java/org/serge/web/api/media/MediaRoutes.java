package org.serge.web.api.media;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.file.Path;
import org.serge.core.error.ServiceException;
import org.serge.core.media.MediaService;
import org.serge.core.media.MediaUpload;
import org.serge.web.http.MediaTypes;
import org.serge.web.http.Responses;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.RequestParams;

/**
 * {@code POST /api/v2/media}, {@code POST /api/v1/media}, {@code GET} and {@code PUT /api/v1/media/:id}. The token
 * is checked before the body is read, so nobody without {@code write:media} can make the node spool a file.
 */
public final class MediaRoutes {

    private static final int FIELDS_LIMIT = 64 * 1024;

    private final ApiAuth auth;
    private final MediaService media;
    private final MediaAttachmentEntity entity;
    private final BodyHandler uploads;
    private final BodyHandler fields;
    private final long uploadLimit;

    public MediaRoutes(ApiAuth auth, MediaService media, MediaAttachmentEntity entity, Path uploadsFolder) {
        this.auth = auth;
        this.media = media;
        this.entity = entity;
        // room for the file at its limit, a client's thumbnail and the text fields; larger bodies are a 413
        // before they reach the disk
        this.uploadLimit = media.limits().maxBytes() + 2L * 1024 * 1024;
        this.uploads = BodyHandler.create(uploadsFolder.toString())
                .setBodyLimit(uploadLimit)
                .setDeleteUploadedFilesOnEnd(true);
        this.fields = BodyHandler.create(false).setBodyLimit(FIELDS_LIMIT);
    }

    public void mount(Router router) {
        for (String path : new String[] {"/api/v2/media", "/api/v1/media"}) {
            authenticateThenRead(router.post(path), router.post(path), uploads, uploadLimit)
                    .handler(this::upload);
        }
        router.get("/api/v1/media/:id").handler(auth.user("write:media")).handler(this::show);
        authenticateThenRead(router.put("/api/v1/media/:id"), router.put("/api/v1/media/:id"), fields, FIELDS_LIMIT)
                .handler(this::update);
    }

    /**
     * Vert.x Web wants a BodyHandler before any other handler of a route, but the token must be checked before
     * a body is spooled: the first route pauses the request and authenticates, the second reads the body.
     */
    private Route authenticateThenRead(Route authenticate, Route read, BodyHandler body, long limit) {
        authenticate.handler(ctx -> {
            ctx.request().pause();
            ctx.next();
        }).handler(auth.user("write:media")).handler(ctx -> refuseDeclaredOversize(ctx, limit));
        // refused (401, 403): let the unread body drain, unstored, so the client gets its answer
        authenticate.failureHandler(ctx -> {
            if (!ctx.request().isEnded()) {
                ctx.request().resume();
            }
            ctx.next();
        });
        return read.handler(body);
    }

    /**
     * A body whose Content-Length is over the limit is refused before a byte of it is read, and the HTTP/1
     * connection closed (the client would otherwise be left sending into a paused request). Bodies without a
     * length are cut off by the BodyHandler when they pass the limit.
     */
    private static void refuseDeclaredOversize(RoutingContext ctx, long limit) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length <= limit) {
            ctx.next();
            return;
        }
        boolean http1 = ctx.request().version() != HttpVersion.HTTP_2;
        if (http1) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        Responses.json(ctx, 413, MediaTypes.JSON, new JsonObject().put("error", "The request is larger than "
                        + (limit / (1024 * 1024)) + " MB"))
                .onComplete(done -> {
                    if (http1) {
                        ctx.request().connection().close();
                    }
                });
    }

    private void upload(RoutingContext ctx) {
        long accountId = ApiAuth.current(ctx).account().id();
        FileUpload file = upload(ctx, "file");
        FileUpload thumbnail = upload(ctx, "thumbnail");
        RequestParams params = RequestParams.of(ctx);
        media.upload(accountId, new MediaUpload(
                        file == null ? null : Path.of(file.uploadedFileName()),
                        thumbnail == null ? null : Path.of(thumbnail.uploadedFileName()),
                        params.get("description"), params.get("focus")))
                .onSuccess(stored -> Responses.json(ctx, 200, MediaTypes.JSON, entity.render(stored)))
                .onFailure(ctx::fail);
    }

    private void show(RoutingContext ctx) {
        long accountId = ApiAuth.current(ctx).account().id();
        media.find(accountId, id(ctx))
                .onSuccess(found -> Responses.json(ctx, 200, MediaTypes.JSON, entity.render(found)))
                .onFailure(ctx::fail);
    }

    private void update(RoutingContext ctx) {
        long accountId = ApiAuth.current(ctx).account().id();
        RequestParams params = RequestParams.of(ctx);
        media.update(accountId, id(ctx), params.get("description"), params.get("focus"))
                .onSuccess(updated -> Responses.json(ctx, 200, MediaTypes.JSON, entity.render(updated)))
                .onFailure(ctx::fail);
    }

    /** The upload of a form field; the spooled file's name is the web server's own, never the client's. */
    private static FileUpload upload(RoutingContext ctx, String field) {
        for (FileUpload upload : ctx.fileUploads()) {
            if (field.equals(upload.name())) {
                return upload;
            }
        }
        return null;
    }

    private static long id(RoutingContext ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ServiceException.notFound(MediaService.NOT_FOUND);
        }
    }
}
