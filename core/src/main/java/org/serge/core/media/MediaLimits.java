package org.serge.core.media;

/**
 * What an upload may be.
 *
 * @param maxBytes         largest file accepted, in bytes (the HTTP body limit is set a little above it)
 * @param maxPixels        largest width x height accepted, read from the header before any decoding
 * @param thumbnailSize    thumbnails fit within a square of this side
 * @param maxDescription   longest description, in characters
 */
public record MediaLimits(long maxBytes, long maxPixels, int thumbnailSize, int maxDescription) {

    /** Mastodon's image limits: 16 MB and 33,177,600 pixels (7680 x 4320); its 1,500-character descriptions. */
    public static final MediaLimits DEFAULTS = new MediaLimits(16L * 1024 * 1024, 33_177_600L, 640, 1500);
}
