package org.serge.core.timeline;

/**
 * Mastodon's paging: below {@code maxId}, above {@code sinceId} (newest first), or the page just above
 * {@code minId} (oldest first when selected, then reversed so that pages are always newest first). Any may be
 * null; {@code limit} is already clamped.
 */
public record Page(Long maxId, Long sinceId, Long minId, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 40;

    public static Page first(int limit) {
        return new Page(null, null, null, limit);
    }

    /** Whether rows are selected in ascending order (min_id paging) and must be reversed afterwards. */
    public boolean ascending() {
        return minId != null;
    }

    /** The lower bound: min_id when given, else since_id. */
    public Long lowerBound() {
        return minId != null ? minId : sinceId;
    }
}
