package org.serge.web.solidarity;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Optional;
import org.serge.core.account.Account;
import org.serge.core.solidarity.SolidarityFederation;
import org.serge.core.solidarity.call.CallService;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.core.solidarity.pledge.Pledge;
import org.serge.core.solidarity.pledge.PledgeResult;
import org.serge.core.solidarity.pledge.PledgeService;
import org.serge.core.solidarity.pledge.Tallies;
import org.serge.core.solidarity.pledge.Tally;
import org.serge.web.api.ApiParams;
import org.serge.web.api.Replies;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.Authenticated;

/**
 * Solidarity calls and pledges. Pledgers' names leave only through {@link PledgeService#pledgesVisibleTo}, for
 * the viewer of the request; everything else about pledges is counts.
 */
final class CallRoutes {

    private final ApiAuth auth;
    private final CallService calls;
    private final PledgeService pledges;
    private final SolidarityFederation federation;
    private final BodyHandler body;

    CallRoutes(ApiAuth auth, CallService calls, PledgeService pledges, SolidarityFederation federation,
               BodyHandler body) {
        this.auth = auth;
        this.calls = calls;
        this.pledges = pledges;
        this.federation = federation;
        this.body = body;
    }

    void mount(Router router) {
        String path = SolidarityModule.PREFIX + "/calls";
        String one = path + "/:id";
        String write = SolidarityModule.WRITE;
        router.post(path).handler(body).handler(auth.user(write)).handler(ctx -> Replies.json(ctx, this::open));
        router.get(one).handler(auth.optional()).handler(ctx -> Replies.json(ctx, this::show));
        router.post(one + "/execute").handler(auth.user(write)).handler(ctx -> Replies.json(ctx, this::execute));
        router.post(one + "/cancel").handler(auth.user(write)).handler(ctx -> Replies.json(ctx, this::cancel));
        router.post(one + "/pledge").handler(body).handler(auth.user(write))
                .handler(ctx -> Replies.json(ctx, this::pledge));
        router.delete(one + "/pledge").handler(auth.user(write)).handler(ctx -> Replies.json(ctx, this::withdraw));
        router.get(one + "/tally").handler(auth.optional()).handler(ctx -> Replies.json(ctx, this::tally));
        router.get(one + "/pledges").handler(auth.optional()).handler(ctx -> Replies.json(ctx, this::visible));
    }

    private Future<JsonObject> open(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        return calls.open(me, SolidarityInput.call(JsonBody.of(ctx)))
                .compose(c -> Announce.then(c, "call " + c.id(), () -> federation.callOpened(c)))
                .compose(c -> withTally(c, CallEntity.of(c)));
    }

    /** The call with its state and tally, the pledges this viewer may see, and the viewer's own pledge. */
    private Future<JsonObject> show(RoutingContext ctx) {
        long id = ApiParams.pathId(ctx, "id");
        Long viewer = viewerId(ctx);
        return calls.get(id).compose(c -> withTally(c, CallEntity.of(c)))
                .compose(json -> pledges.pledgesVisibleTo(id, viewer)
                        .map(v -> json.put("pledges", PledgeEntity.visible(v))))
                .compose(json -> viewer == null ? Future.succeededFuture(json.put("own_pledge", null))
                        : pledges.ownPledge(id, viewer).map(own -> json.put("own_pledge",
                        PledgeEntity.own(own.orElse(null)))));
    }

    private Future<JsonObject> execute(RoutingContext ctx) {
        long id = ApiParams.pathId(ctx, "id");
        return calls.execute(ApiAuth.current(ctx).account(), id).compose(this::changed);
    }

    private Future<JsonObject> cancel(RoutingContext ctx) {
        long id = ApiParams.pathId(ctx, "id");
        return calls.cancel(ApiAuth.current(ctx).account(), id).compose(this::changed);
    }

    private Future<JsonObject> changed(SolidarityCall c) {
        return Announce.then(c, "call " + c.id(), () -> federation.callChanged(c))
                .compose(call -> withTally(call, CallEntity.of(call)));
    }

    private Future<JsonObject> pledge(RoutingContext ctx) {
        long id = ApiParams.pathId(ctx, "id");
        Account me = ApiAuth.current(ctx).account();
        return pledges.pledge(me, id, SolidarityInput.pledge(JsonBody.of(ctx)))
                .compose(r -> Announce.then(r, "pledge to call " + id, () -> federation.pledged(r.pledge(), r.call())))
                .compose(r -> !r.justMet() ? Future.succeededFuture(r)
                        : Announce.then(r, "call " + id, () -> federation.callChanged(r.call())))
                .map(r -> result(r).put("pledge", PledgeEntity.own(r.pledge())));
    }

    private Future<JsonObject> withdraw(RoutingContext ctx) {
        long id = ApiParams.pathId(ctx, "id");
        Account me = ApiAuth.current(ctx).account();
        return pledges.ownPledge(id, me.id()).compose(before -> pledges.withdraw(me, id)
                .compose(r -> Announce.then(r, "withdrawal from call " + id, () -> withdrawn(before, r)))
                .map(r -> result(r).put("pledge", null)));
    }

    private Future<Void> withdrawn(Optional<Pledge> before, PledgeResult r) {
        return before.isEmpty() ? Future.succeededFuture() : federation.pledgeWithdrawn(before.get(), r.call());
    }

    private Future<JsonObject> tally(RoutingContext ctx) {
        long id = ApiParams.pathId(ctx, "id");
        return calls.get(id).compose(c -> pledges.tally(id)
                .map(t -> TallyEntity.of(t, Tallies.conditionHolds(c, t)).put("state", c.state().wireName())));
    }

    private Future<JsonObject> visible(RoutingContext ctx) {
        long id = ApiParams.pathId(ctx, "id");
        return pledges.pledgesVisibleTo(id, viewerId(ctx)).map(PledgeEntity::visible);
    }

    private Future<JsonObject> withTally(SolidarityCall c, JsonObject json) {
        return pledges.tally(c.id()).map(t -> json.put("tally", tallyOf(c, t)));
    }

    private static JsonObject result(PledgeResult r) {
        return new JsonObject().put("call", CallEntity.of(r.call()).put("tally", tallyOf(r.call(), r.tally())))
                .put("just_met", r.justMet());
    }

    private static JsonObject tallyOf(SolidarityCall c, Tally t) {
        return TallyEntity.of(t, Tallies.conditionHolds(c, t));
    }

    private static Long viewerId(RoutingContext ctx) {
        Authenticated auth = ApiAuth.current(ctx);
        return auth == null || auth.account() == null ? null : auth.account().id();
    }
}
