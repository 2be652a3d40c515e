package org.serge.core.media;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The media folder: {@code DATA/media/<first two characters of the key>/<key>}. Keys are 128 random bits in hex
 * plus the extension of the format Serge encoded; a path is only ever made from a string that matches that
 * shape exactly, so nothing a client or a remote server sends can name a file. Writes go through Vert.x's
 * file system, off the event loop.
 */
public final class MediaStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}\\.(jpg|png|gif|webp)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Vertx vertx;
    private final Path root;

    public MediaStore(Vertx vertx, Path dataDir) {
        this.vertx = vertx;
        this.root = dataDir.toAbsolutePath().normalize().resolve("media");
    }

    /** A fresh random key for a file of the given format. */
    public static String newKey(ImageFormat format) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes) + "." + format.extension();
    }

    public static boolean isKey(String candidate) {
        return candidate != null && KEY.matcher(candidate).matches();
    }

    /** Where a key's file lives; empty for anything that is not a well-formed key. */
    public Optional<Path> path(String key) {
        if (!isKey(key)) {
            return Optional.empty();
        }
        return Optional.of(root.resolve(key.substring(0, 2)).resolve(key));
    }

    /** The folder BodyHandler spools uploads into before they are processed (and deleted). */
    public Path uploadsFolder() {
        return root.resolve("uploads");
    }

    public Future<Void> write(String key, byte[] bytes) {
        Path path = path(key).orElseThrow(() -> new IllegalArgumentException("not a media key"));
        return vertx.fileSystem().mkdirs(path.getParent().toString())
                .compose(v -> vertx.fileSystem().writeFile(path.toString(), Buffer.buffer(bytes)));
    }

    /** Deletes a file; a missing one is no failure. */
    public Future<Void> delete(String key) {
        Optional<Path> path = path(key);
        if (path.isEmpty()) {
            return Future.succeededFuture();
        }
        return vertx.fileSystem().delete(path.get().toString()).recover(e -> Future.succeededFuture());
    }
}
