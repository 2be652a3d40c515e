package org.serge.web.solidarity;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.serge.core.solidarity.employer.EmployerService;
import org.serge.web.api.ApiParams;
import org.serge.web.api.Replies;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.RequestParams;

/** Employer search by name or alias prefix, and one employer with the top of its group. */
final class EmployerRoutes {

    private final ApiAuth auth;
    private final EmployerService employers;

    EmployerRoutes(ApiAuth auth, EmployerService employers) {
        this.auth = auth;
        this.employers = employers;
    }

    void mount(Router router) {
        String path = SolidarityModule.PREFIX + "/employers";
        router.get(path).handler(auth.optional()).handler(ctx -> Replies.json(ctx, this::search));
        router.get(path + "/:id").handler(auth.optional()).handler(ctx -> Replies.json(ctx, this::show));
    }

    private Future<JsonArray> search(RoutingContext ctx) {
        RequestParams params = RequestParams.of(ctx);
        int limit = ApiParams.page(params, 20, 40).limit();
        return employers.search(params.get("q"), limit).map(EmployerEntity::list);
    }

    private Future<JsonObject> show(RoutingContext ctx) {
        long id = ApiParams.pathId(ctx, "id");
        return employers.get(id).compose(e -> employers.ultimateParent(id)
                .map(top -> EmployerEntity.of(e).put("ultimate_parent", EmployerEntity.of(top))));
    }
}
