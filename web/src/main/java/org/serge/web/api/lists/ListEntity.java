package org.serge.web.api.lists;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.serge.core.lists.MemberList;

/** Mastodon's List entity. */
final class ListEntity {

    private ListEntity() {
    }

    static JsonObject render(MemberList list) {
        return new JsonObject()
                .put("id", String.valueOf(list.id()))
                .put("title", list.title())
                .put("replies_policy", list.repliesPolicy())
                .put("exclusive", list.exclusive());
    }

    static JsonArray renderAll(List<MemberList> lists) {
        JsonArray array = new JsonArray();
        lists.forEach(list -> array.add(render(list)));
        return array;
    }
}
