package org.serge.core.paging;

import io.vertx.sqlclient.Tuple;
import org.serge.core.timeline.Page;

/** The SQL of Mastodon's paging over one key column, appended to a query whose other parameters come first. */
public final class PageSql {

    private PageSql() {
    }

    /**
     * The condition, order and limit for {@code key}, with the page's parameters numbered from {@code first}:
     * {@code " AND (max IS NULL OR key < max) AND (low IS NULL OR key > low) ORDER BY key DESC LIMIT n"}.
     */
    public static String clause(Page page, String key, int first) {
        return " AND ($" + first + "::bigint IS NULL OR " + key + " < $" + first + ")"
                + " AND ($" + (first + 1) + "::bigint IS NULL OR " + key + " > $" + (first + 1) + ")"
                + " ORDER BY " + key + (page.ascending() ? " ASC" : " DESC") + " LIMIT $" + (first + 2);
    }

    /** Adds the page's parameters (max, lower bound, limit) after the query's own. */
    public static Tuple params(Page page, Tuple tuple) {
        return tuple.addValue(page.maxId()).addValue(page.lowerBound()).addValue(page.limit());
    }
}
