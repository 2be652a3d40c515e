package org.serge.core.media;

import java.nio.file.Path;

/**
 * An upload as the web layer spooled it: the file, the client's own thumbnail (or null), and the description and
 * focus exactly as sent (null when absent). The spooled files' names are the web server's, never the client's.
 */
public record MediaUpload(Path file, Path thumbnail, String description, String focus) {
}
