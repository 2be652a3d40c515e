package org.serge.core.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One page of items, newest first, with the paging ids of its ends (for Link headers). The paging id is the id of
 * the row that was paged by, which for favourites or blocks is not the id of the item shown.
 */
public record Page<T>(List<T> items, Long newestId, Long oldestId) {

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), null, null);
    }

    /** Builds a page from items read in the request's order, each with its paging id. */
    public static <T> Page<T> of(PageRequest request, List<T> items, List<Long> pagingIds) {
        List<T> ordered = new ArrayList<>(items);
        List<Long> ids = new ArrayList<>(pagingIds);
        if (request.ascending()) {
            Collections.reverse(ordered);
            Collections.reverse(ids);
        }
        return ids.isEmpty() ? new Page<>(List.copyOf(ordered), null, null)
                : new Page<>(List.copyOf(ordered), ids.get(0), ids.get(ids.size() - 1));
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
