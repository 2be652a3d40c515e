package org.serge.web.solidarity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.serge.core.solidarity.pledge.Pledge;
import org.serge.core.solidarity.pledge.PledgeView;
import org.serge.core.solidarity.pledge.PledgedAsk;
import org.serge.core.solidarity.pledge.VisiblePledges;
import org.serge.web.api.entity.ApiTimes;

/**
 * Pledges as the Serge API shows them: a member's own pledge (to that member only, without a name), and the
 * pledges a viewer may see, where names come only from {@code PledgeService.pledgesVisibleTo}.
 */
final class PledgeEntity {

    private PledgeEntity() {
    }

    static JsonObject own(Pledge p) {
        if (p == null) {
            return null;
        }
        return new JsonObject()
                .put("id", String.valueOf(p.id()))
                .put("call_id", String.valueOf(p.callId()))
                .put("asks", asks(p.asks()))
                .put("visibility", p.visibility().wireName())
                .put("country", p.country())
                .put("created_at", ApiTimes.time(p.createdAt()))
                .put("updated_at", ApiTimes.time(p.updatedAt()));
    }

    static JsonObject visible(VisiblePledges v) {
        JsonArray named = new JsonArray();
        for (PledgeView p : v.named()) {
            named.add(new JsonObject()
                    .put("id", String.valueOf(p.pledgeId()))
                    .put("account_id", String.valueOf(p.accountId()))
                    .put("acct", p.acct())
                    .put("display_name", p.displayName())
                    .put("actor_uri", p.actorUri())
                    .put("node", p.node())
                    .put("country", p.country())
                    .put("asks", asks(p.asks()))
                    .put("visibility", p.visibility().wireName())
                    .put("created_at", ApiTimes.time(p.createdAt())));
        }
        return new JsonObject()
                .put("call_id", String.valueOf(v.callId()))
                .put("total", v.total())
                .put("unnamed", v.unnamed())
                .put("named", named);
    }

    private static JsonArray asks(List<PledgedAsk> asks) {
        JsonArray out = new JsonArray();
        asks.forEach(a -> out.add(new JsonObject().put("ask", a.ask()).put("amount", CallEntity.money(a.amount()))
                .put("currency", a.currency()).put("people", a.people())));
        return out;
    }
}
