package org.serge.core.paging;

/**
 * Mastodon's paging by id: {@code maxId} (older than), {@code sinceId} (newer than, newest first), {@code minId}
 * (immediately newer than, for walking forward), and a limit. Any of the ids may be null.
 */
public record PageRequest(Long maxId, Long sinceId, Long minId, int limit) {

    public PageRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(null, null, null, limit);
    }

    /** With min_id the rows just above it are wanted: read upwards, then turn them newest first. */
    public boolean ascending() {
        return minId != null;
    }

    /**
     * The SQL condition and order for a column, with the three ids as parameters {@code $first..$first+2} and the
     * limit as {@code $first+3}, e.g. {@code " AND ... ORDER BY n.id DESC LIMIT $7"}.
     */
    public String sql(String column, int first) {
        return " AND ($" + first + "::bigint IS NULL OR " + column + " < $" + first + ")"
                + " AND ($" + (first + 1) + "::bigint IS NULL OR " + column + " > $" + (first + 1) + ")"
                + " AND ($" + (first + 2) + "::bigint IS NULL OR " + column + " > $" + (first + 2) + ")"
                + " ORDER BY " + column + (ascending() ? " ASC" : " DESC") + " LIMIT $" + (first + 3);
    }

    /** The parameters that go with {@link #sql}. */
    public Object[] params() {
        return new Object[]{maxId, sinceId, minId, limit};
    }
}
