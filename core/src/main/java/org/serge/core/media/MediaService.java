package org.serge.core.media;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.status.StatusMedia;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Media uploads and their rules: what may be uploaded, who may see and change a medium, and how media join a
 * status. Decoding and encoding run on a small worker pool of their own, so that a burst of uploads neither
 * blocks an event loop nor takes every worker thread.
 */
public final class MediaService implements StatusMedia {

    /** Mastodon's limit, which some clients assume. */
    public static final int MAX_ATTACHMENTS = 4;
    public static final String NOT_FOUND = "Record not found";

    private static final Logger LOG = LoggerFactory.getLogger(MediaService.class);

    private final Vertx vertx;
    private final Pool pool;
    private final MediaRepository repository;
    private final MediaStore store;
    private final ImageProcessor processor;
    private final WorkerExecutor workers;
    private final MediaLimits limits;

    public MediaService(Vertx vertx, Pool pool, MediaRepository repository, MediaStore store, MediaLimits limits,
            WorkerExecutor workers) {
        this.vertx = vertx;
        this.pool = pool;
        this.repository = repository;
        this.store = store;
        this.processor = new ImageProcessor(limits);
        this.workers = workers;
        this.limits = limits;
    }

    public MediaLimits limits() {
        return limits;
    }

    /** Processes, stores and records an upload; 422 with a message for anything refused. */
    public Future<MediaAttachment> upload(long accountId, MediaUpload upload) {
        String description;
        Focus focus;
        try {
            description = description(upload.description());
            focus = upload.focus() == null || upload.focus().isBlank() ? Focus.CENTRE : Focus.parse(upload.focus());
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        if (upload.file() == null) {
            return Future.failedFuture(ServiceException.unprocessable("file is missing"));
        }
        Future<Buffer> thumbnail = upload.thumbnail() == null ? Future.succeededFuture(null) : read(upload.thumbnail());
        return read(upload.file())
                .compose(file -> thumbnail.compose(thumb -> workers.executeBlocking(
                        () -> processor.process(file.getBytes(), thumb == null ? null : thumb.getBytes()), false)))
                .compose(processed -> store(accountId, processed, description, focus));
    }

    private Future<Buffer> read(java.nio.file.Path path) {
        return vertx.fileSystem().props(path.toString()).compose(props -> props.size() > limits.maxBytes()
                ? Future.failedFuture(new ServiceException(422, "The file is larger than "
                        + (limits.maxBytes() / (1024 * 1024)) + " MB"))
                : vertx.fileSystem().readFile(path.toString()));
    }

    private Future<MediaAttachment> store(long accountId, ProcessedUpload processed, String description,
            Focus focus) {
        EncodedImage original = processed.original();
        EncodedImage thumbnail = processed.thumbnail();
        String fileKey = MediaStore.newKey(original.format());
        String thumbnailKey = MediaStore.newKey(thumbnail.format());
        MediaAttachment media = new MediaAttachment(Snowflake.next(), accountId, null, "image", fileKey,
                original.format().contentType(), original.bytes().length, original.width(), original.height(),
                thumbnailKey, thumbnail.width(), thumbnail.height(), processed.blurhash(), focus, description, null);
        return store.write(fileKey, original.bytes())
                .compose(v -> store.write(thumbnailKey, thumbnail.bytes()))
                .compose(v -> repository.insert(media))
                .recover(e -> {
                    LOG.warn("storing an upload failed: {}", e.toString());
                    return store.delete(fileKey).compose(v -> store.delete(thumbnailKey))
                            .compose(v -> Future.failedFuture(e));
                });
    }

    /** The account's own medium; 404 for anyone else's or a missing one. */
    public Future<MediaAttachment> find(long accountId, long id) {
        return repository.findOwned(id, accountId).compose(MediaService::orNotFound);
    }

    /**
     * Changes description and focus of the account's medium before it is attached (null: leave as is; a blank
     * description removes it). 404 for another's or a missing medium, 422 once it is attached.
     */
    public Future<MediaAttachment> update(long accountId, long id, String descriptionText, String focusText) {
        return find(accountId, id).compose(current -> {
            if (current.attached()) {
                return Future.failedFuture(ServiceException.unprocessable(
                        "This media is attached to a status and can no longer be changed here"));
            }
            String description = descriptionText == null ? current.description() : description(descriptionText);
            Focus focus = focusText == null ? current.focus() : Focus.parse(focusText);
            return repository.updateUnattached(id, accountId, description, focus).compose(MediaService::orNotFound);
        });
    }

    /**
     * Whether the account may attach these media to a new status: at most four, each its own, existing and not
     * attached yet. 422 with a message otherwise; nothing changes either way.
     */
    @Override
    public Future<Void> check(long accountId, List<Long> mediaIds) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(mediaIds));
        if (ids.isEmpty()) {
            return Future.succeededFuture();
        }
        if (ids.size() > MAX_ATTACHMENTS) {
            return Future.failedFuture(tooMany());
        }
        return repository.countAttachable(accountId, ids).compose(count -> count == ids.size()
                ? Future.<Void>succeededFuture() : Future.failedFuture(notAttachable()));
    }

    @Override
    public Future<Void> attachToNew(SqlClient tx, long accountId, List<Long> mediaIds, long statusId) {
        return attach(tx, accountId, mediaIds, statusId).mapEmpty();
    }

    /**
     * Attaches media to a new status of the account, in the order given. Fails with 422 (and attaches nothing)
     * when there are more than four, or any is not the account's, does not exist, or is attached already.
     */
    public Future<List<MediaAttachment>> attach(long accountId, List<Long> mediaIds, long statusId) {
        return pool.withTransaction(connection -> attach(connection, accountId, mediaIds, statusId));
    }

    /** As {@link #attach(long, List, long)}, inside the caller's transaction (which a failure should roll back). */
    public Future<List<MediaAttachment>> attach(SqlClient client, long accountId, List<Long> mediaIds,
            long statusId) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(mediaIds));
        if (ids.isEmpty()) {
            return Future.succeededFuture(List.of());
        }
        if (ids.size() > MAX_ATTACHMENTS) {
            return Future.failedFuture(tooMany());
        }
        return repository.attach(client, accountId, ids, statusId).compose(attached -> attached.size() == ids.size()
                ? Future.succeededFuture(attached)
                : Future.failedFuture(notAttachable()));
    }

    private static ServiceException tooMany() {
        return ServiceException.unprocessable("A status can have at most " + MAX_ATTACHMENTS + " media attachments");
    }

    private static ServiceException notAttachable() {
        return ServiceException.unprocessable("Media not found, not yours, or already attached to a status");
    }

    @Override
    public Future<Boolean> hasMedia(long statusId) {
        return repository.byStatuses(List.of(statusId)).map(found -> found.containsKey(statusId));
    }

    /** The media of one status, in attachment order (empty when it has none). */
    public Future<List<MediaAttachment>> forStatus(long statusId) {
        return repository.byStatuses(List.of(statusId)).map(found -> found.getOrDefault(statusId, List.of()));
    }

    /** The media of each status, in attachment order, for rendering; statuses without media are absent. */
    public Future<Map<Long, List<MediaAttachment>>> forStatuses(Collection<Long> statusIds) {
        return repository.byStatuses(statusIds);
    }

    private String description(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > limits.maxDescription()) {
            throw ServiceException.unprocessable("The description is longer than " + limits.maxDescription()
                    + " characters");
        }
        return text;
    }

    private static Future<MediaAttachment> orNotFound(Optional<MediaAttachment> found) {
        return found.isPresent() ? Future.succeededFuture(found.get())
                : Future.failedFuture(ServiceException.notFound(NOT_FOUND));
    }
}
