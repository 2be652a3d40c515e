package org.serge.federation.inbox;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.federation.vocab.AsIds;

/** A test bed per class, and builders for the activities the handler tests send. */
@ExtendWith(VertxExtension.class)
abstract class HandlerTestBase {

    static InboxTestBed bed;

    @BeforeAll
    static void setUpBed(Vertx vertx) {
        bed = new InboxTestBed(vertx);
    }

    @AfterAll
    static void tearDownBed() {
        bed.close();
    }

    static JsonObject activity(RemoteUser actor, String type, String idSuffix, Object object) {
        return new JsonObject().put("id", actor.uri() + "/activities/" + idSuffix).put("type", type)
                .put("actor", actor.uri()).put("object", object);
    }

    static JsonObject note(RemoteUser author, String idSuffix, String content) {
        return new JsonObject().put("id", author.uri() + "/statuses/" + idSuffix).put("type", "Note")
                .put("attributedTo", author.uri()).put("content", content)
                .put("published", "2026-01-02T03:04:05Z")
                .put("to", new JsonArray().add(AsIds.PUBLIC)).put("cc", new JsonArray().add(author.uri() + "/followers"));
    }
}
