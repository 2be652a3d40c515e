package org.serge.federation.solidarity;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.serge.core.account.AccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.error.ServiceException;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.core.solidarity.pledge.Pledge;
import org.serge.federation.actor.Contexts;
import org.serge.federation.outgoing.ActorIds;

/**
 * A local call's pledge collection, {@code QUESTION/pledges}: an OrderedCollection whose {@code totalItems} counts
 * every live pledge. Public pledges are items, each the pledger's signed Note (as received, or signed now for this
 * node's members), so any node can verify them. Count-only and caller-only pledges (and poll votes, which are
 * count-only) are never named: they are listed in {@code serge:anonymous} with their asks, node and country only,
 * without id, author or proof, and taken on the origin's word (caller-only names go to the caller only, who is on
 * this node, so they are never served).
 */
public final class PledgeCollection {

    private final SolidarityServices services;
    private final SolidarityStore store;
    private final AccountRepository localAccounts;
    private final ActorIds ids;
    private final String ownDomain;

    public PledgeCollection(SolidarityServices services, SolidarityStore store, AccountRepository localAccounts,
                            LocalUris uris, String ownDomain) {
        this.services = services;
        this.store = store;
        this.localAccounts = localAccounts;
        this.ids = new ActorIds(uris);
        this.ownDomain = ownDomain;
    }

    public Future<JsonObject> collection(String questionUri) {
        return services.calls().byUri(questionUri).compose(call -> {
            if (!call.local()) {
                return Future.failedFuture(ServiceException.notFound("no such call"));
            }
            return services.pledges().livePledges(call.id()).compose(pledges -> store.pledgeObjects(call.id())
                    .compose(objects -> items(call, pledges, objects).map(items -> {
                        JsonArray anonymous = new JsonArray();
                        for (Pledge p : pledges) {
                            if (!SolidarityObjects.isPublic(p)) {
                                anonymous.add(SolidarityObjects.pledgeBody(p).put("visibility", null)
                                        .put("node", p.node() == null ? ownDomain : p.node()));
                            }
                        }
                        anonymous.forEach(a -> ((JsonObject) a).remove("visibility"));
                        return new JsonObject().put("@context", new JsonArray().add(Contexts.ACTIVITY_STREAMS)
                                        .add(SergeContext.DATA_INTEGRITY).add(SergeContext.context().getValue(2)))
                                .put("id", questionUri + "/pledges").put("type", "OrderedCollection")
                                .put("totalItems", pledges.size()).put("orderedItems", items)
                                .put(SergeContext.key("anonymous"), anonymous)
                                .put(SergeContext.key("callState"), call.state().wireName());
                    })));
        });
    }

    private Future<JsonArray> items(SolidarityCall call, List<Pledge> pledges, Map<Long, String> objects) {
        List<Future<JsonObject>> items = new ArrayList<>();
        for (Pledge p : pledges) {
            if (!SolidarityObjects.isPublic(p)) {
                continue;
            }
            if (objects.containsKey(p.id())) {
                items.add(Future.succeededFuture(new JsonObject(objects.get(p.id()))));
            } else if (p.node() == null) {
                items.add(localAccounts.findLocalActorById(p.accountId()).compose(actor -> actor.isEmpty()
                        ? Future.succeededFuture(null)
                        : localAccounts.findLocalById(call.accountId()).map(author -> {
                            String pledger = ids.id(actor.get().account());
                            return SolidarityObjects.sign(SolidarityObjects.pledge(p, call, pledger,
                                    ids.id(author.orElseThrow())), pledger, actor.get().keys().ed25519Private());
                        })));
            }
        }
        return Future.all(items).map(done -> {
            JsonArray out = new JsonArray();
            items.forEach(f -> {
                if (f.result() != null) {
                    out.add(f.result());
                }
            });
            return out;
        });
    }
}
