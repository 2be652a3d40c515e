package org.serge.core.tag;

import java.util.List;

/**
 * A hashtag as the client API shows it: its name (lower-case, without '#'), its use on public and unlisted
 * statuses over the last days (today first), and whether the viewer follows it (null for an anonymous viewer).
 */
public record Hashtag(String name, List<TagUse> history, Boolean following) {

    public Hashtag {
        history = List.copyOf(history);
    }
}
