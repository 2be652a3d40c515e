package org.serge.core.marker;

import java.time.OffsetDateTime;

/** Where a member stopped reading a timeline ("home" or "notifications"); version counts the saves. */
public record Marker(String timeline, long lastReadId, int version, OffsetDateTime updatedAt) {
}
