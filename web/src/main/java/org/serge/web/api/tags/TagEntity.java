package org.serge.web.api.tags;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.serge.core.config.LocalUris;
import org.serge.core.tag.Hashtag;

/**
 * Mastodon's Tag entity: id (the name: Serge keeps no tag rows), name, url, history (days as strings, today first)
 * and, for a signed-in viewer, following.
 */
public final class TagEntity {

    private final LocalUris uris;

    public TagEntity(LocalUris uris) {
        this.uris = uris;
    }

    public JsonObject render(Hashtag tag) {
        JsonArray history = new JsonArray();
        tag.history().forEach(day -> history.add(new JsonObject()
                .put("day", String.valueOf(day.day()))
                .put("uses", String.valueOf(day.uses()))
                .put("accounts", String.valueOf(day.accounts()))));
        JsonObject json = new JsonObject()
                .put("id", tag.name())
                .put("name", tag.name())
                .put("url", uris.tag(tag.name()))
                .put("history", history);
        if (tag.following() != null) {
            json.put("following", tag.following());
        }
        return json;
    }

    public JsonArray renderAll(List<Hashtag> tags) {
        JsonArray out = new JsonArray();
        tags.forEach(t -> out.add(render(t)));
        return out;
    }
}
