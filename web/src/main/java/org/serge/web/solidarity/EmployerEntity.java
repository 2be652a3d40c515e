package org.serge.web.solidarity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import org.serge.core.solidarity.employer.Employer;

/** An employer as the Serge API shows it. */
final class EmployerEntity {

    private EmployerEntity() {
    }

    static JsonObject of(Employer e) {
        if (e == null) {
            return null;
        }
        return new JsonObject()
                .put("id", String.valueOf(e.id()))
                .put("legal_name", e.legalName())
                .put("aliases", new JsonArray(new ArrayList<>(e.aliases())))
                .put("parent_id", e.parentId() == null ? null : String.valueOf(e.parentId()))
                .put("wikidata", e.wikidataId())
                .put("lei", e.lei())
                .put("country", e.country());
    }

    static JsonArray list(java.util.List<Employer> employers) {
        JsonArray out = new JsonArray();
        employers.forEach(e -> out.add(of(e)));
        return out;
    }
}
