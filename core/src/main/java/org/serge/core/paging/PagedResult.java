package org.serge.core.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.serge.core.timeline.Page;

/**
 * One page of items, newest first, with the paging keys of its ends (for the Link header). The key is the id of
 * the row that was paged by, which for favourites or blocks is not the id of the item shown.
 */
public record PagedResult<T>(List<T> items, Long newestKey, Long oldestKey) {

    /** Builds a page from items read in the request's order, each with its paging key. */
    public static <T> PagedResult<T> of(Page request, List<T> items, List<Long> keys) {
        List<T> ordered = new ArrayList<>(items);
        List<Long> orderedKeys = new ArrayList<>(keys);
        if (request.ascending()) {
            Collections.reverse(ordered);
            Collections.reverse(orderedKeys);
        }
        return orderedKeys.isEmpty() ? new PagedResult<>(List.copyOf(ordered), null, null)
                : new PagedResult<>(List.copyOf(ordered), orderedKeys.get(0), orderedKeys.get(orderedKeys.size() - 1));
    }
}
