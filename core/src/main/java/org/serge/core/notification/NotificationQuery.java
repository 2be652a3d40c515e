package org.serge.core.notification;

import java.util.Set;
import org.serge.core.timeline.Page;

/**
 * Which of a member's notifications to list: only some types (empty: all), none of others, only those caused by
 * one account (null: anyone), and the page.
 */
public record NotificationQuery(Set<String> types, Set<String> excludeTypes, Long fromAccountId, Page page) {

    public NotificationQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        excludeTypes = excludeTypes == null ? Set.of() : Set.copyOf(excludeTypes);
    }
}
