package org.serge.web.solidarity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.serge.core.solidarity.follow.FollowSubject;
import org.serge.core.solidarity.follow.StruggleFollow;
import org.serge.web.api.entity.ApiTimes;

/** A member's follow of an employer, sector, country or hashtag as the Serge API shows it. */
final class FollowEntity {

    private FollowEntity() {
    }

    static JsonObject of(StruggleFollow f) {
        return subject(f.subject()).put("id", String.valueOf(f.id())).put("following", true)
                .put("employer", EmployerEntity.of(f.employer())).put("created_at", ApiTimes.time(f.createdAt()));
    }

    /** What was unfollowed. */
    static JsonObject unfollowed(FollowSubject s) {
        return subject(s).put("following", false);
    }

    static JsonArray list(List<StruggleFollow> follows) {
        JsonArray out = new JsonArray();
        follows.forEach(f -> out.add(of(f)));
        return out;
    }

    private static JsonObject subject(FollowSubject s) {
        return new JsonObject()
                .put("kind", s.kind().wireName())
                .put("employer_id", s.employerId() == null ? null : String.valueOf(s.employerId()))
                .put("sector", s.sector() == null ? null : new JsonObject().put("scheme", s.sector().scheme())
                        .put("version", s.sector().version()).put("code", s.sector().code())
                        .put("label", s.sector().label()))
                .put("country", s.country())
                .put("hashtag", s.hashtag());
    }
}
