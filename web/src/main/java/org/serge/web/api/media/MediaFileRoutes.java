package org.serge.web.api.media;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.util.Optional;
import org.serge.core.media.ImageFormat;
import org.serge.core.media.MediaStore;

/**
 * {@code GET /media/<key>}: stored files, by key only (MediaStore refuses anything that is not a well-formed
 * random key, so no request can name another file). Served with the image type Serge encoded, never sniffed and
 * never an ActivityPub type, under a CSP that forbids everything, and cached for a year: a key never changes.
 */
public final class MediaFileRoutes {

    static final String PREFIX = "/media/";

    private final Vertx vertx;
    private final MediaStore store;

    public MediaFileRoutes(Vertx vertx, MediaStore store) {
        this.vertx = vertx;
        this.store = store;
    }

    public void mount(Router router) {
        router.get(PREFIX + ":file").handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        String key = ctx.pathParam("file");
        Optional<Path> path = store.path(key);
        Optional<ImageFormat> format = path.isEmpty() ? Optional.empty()
                : ImageFormat.byExtension(key.substring(key.lastIndexOf('.') + 1));
        if (format.isEmpty()) {
            ctx.fail(404);
            return;
        }
        String file = path.get().toString();
        vertx.fileSystem().props(file).onComplete(props -> {
            if (props.failed() || !props.result().isRegularFile()) {
                ctx.fail(404);
                return;
            }
            ctx.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, format.get().contentType())
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("Content-Security-Policy", "default-src 'none'; sandbox")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                    .sendFile(file)
                    .onFailure(e -> {
                        if (!ctx.response().headWritten()) {
                            ctx.fail(404);
                        }
                    });
        });
    }
}
