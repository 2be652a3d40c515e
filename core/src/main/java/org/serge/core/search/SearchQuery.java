package org.serge.core.search;

/**
 * What a client searches for. {@code type}: "accounts", "statuses", "hashtags", or null for all three.
 * {@code resolve}: look unknown handles and URLs up on their servers. {@code following}: only accounts the viewer
 * follows. {@code accountId}: only statuses of that account (null: anyone's).
 */
public record SearchQuery(String q, String type, boolean resolve, boolean following, Long accountId, int limit,
                          int offset) {

    public boolean wants(String kind) {
        return type == null || type.equals(kind);
    }
}
