package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class MoveHandlerTest extends HandlerTestBase {

    private static JsonObject actorDocument(RemoteUser user, String... alsoKnownAs) {
        JsonArray aka = new JsonArray();
        for (String uri : alsoKnownAs) {
            aka.add(uri);
        }
        return new JsonObject().put("id", user.uri()).put("type", "Person").put("inbox", user.uri() + "/inbox")
                .put("alsoKnownAs", aka);
    }

    private static JsonObject move(RemoteUser from, RemoteUser to, String suffix) {
        return activity(from, "Move", suffix, from.uri()).put("target", to.uri());
    }

    @Test
    void aMoveConfirmedByTheTargetsAlsoKnownAsIsRecorded() {
        RemoteUser old = bed.remote("https://old.example/users/rita");
        RemoteUser moved = bed.remote("https://new.example/users/rita");
        bed.remoteObjects.put(actorDocument(moved, old.uri()));
        bed.handle(old, move(old, moved, "m1"));

        assertEquals(1, bed.count("SELECT count(*) FROM account_moves WHERE account_id = $1 AND target_uri = $2",
                old.account().id(), moved.uri()));
        assertEquals(1, bed.count("SELECT count(*) FROM accounts WHERE id = $1 AND moved_to_uri = $2",
                old.account().id(), moved.uri()));
    }

    @Test
    void aMoveTheTargetDoesNotConfirmOrOfAnotherActorIsIgnored() {
        RemoteUser sam = bed.remote("https://old.example/users/sam");
        RemoteUser target = bed.remote("https://new.example/users/sam2");
        RemoteUser victim = bed.remote("https://old.example/users/victim");
        bed.remoteObjects.put(actorDocument(target));
        bed.handle(sam, move(sam, target, "m2"));
        bed.handle(sam, activity(sam, "Move", "m3", victim.uri()).put("target", target.uri()));

        assertEquals(0, bed.count("SELECT count(*) FROM account_moves WHERE account_id IN ($1, $2)",
                sam.account().id(), victim.account().id()));
    }
}
