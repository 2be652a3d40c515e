package org.serge.web.discovery;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.serge.core.account.AccountService;
import org.serge.core.config.LocalUris;
import org.serge.core.config.NodeConfig;
import org.serge.web.Version;
import org.serge.web.http.MediaTypes;
import org.serge.web.http.Responses;

/** NodeInfo 2.0 and 2.1 (FEP-f1d5), with the Application actor linked from the discovery document (FEP-2677). */
public final class NodeInfoRoutes {

    private static final String SCHEMA = "http://nodeinfo.diaspora.software/ns/schema/";

    private final NodeConfig config;
    private final LocalUris uris;
    private final AccountService accounts;

    public NodeInfoRoutes(NodeConfig config, LocalUris uris, AccountService accounts) {
        this.config = config;
        this.uris = uris;
        this.accounts = accounts;
    }

    public void mount(Router router) {
        router.get("/.well-known/nodeinfo").handler(ctx -> {
            ctx.response().putHeader("Access-Control-Allow-Origin", "*");
            Responses.json(ctx, 200, MediaTypes.JSON, new JsonObject().put("links", new JsonArray()
                    .add(link(SCHEMA + "2.0", uris.base() + "/nodeinfo/2.0"))
                    .add(link(SCHEMA + "2.1", uris.base() + "/nodeinfo/2.1"))
                    .add(link("https://www.w3.org/ns/activitystreams#Application", uris.applicationActor()))));
        });
        router.get("/nodeinfo/2.0").handler(ctx -> nodeinfo(ctx, "2.0"));
        router.get("/nodeinfo/2.1").handler(ctx -> nodeinfo(ctx, "2.1"));
    }

    private void nodeinfo(RoutingContext ctx, String version) {
        accounts.countMembers()
                .onSuccess(members -> {
                    ctx.response().putHeader("Access-Control-Allow-Origin", "*");
                    Responses.json(ctx, 200, "application/json; profile=\"" + SCHEMA + version + "#\"",
                            document(version, members));
                })
                .onFailure(ctx::fail);
    }

    private JsonObject document(String version, long members) {
        JsonObject software = new JsonObject().put("name", Version.NAME).put("version", Version.VERSION);
        if ("2.1".equals(version)) {
            software.put("homepage", uris.base() + "/about");
        }
        return new JsonObject()
                .put("version", version)
                .put("software", software)
                .put("protocols", new JsonArray().add("activitypub"))
                .put("services", new JsonObject().put("inbound", new JsonArray()).put("outbound", new JsonArray()))
                .put("openRegistrations", false)
                .put("usage", new JsonObject()
                        .put("users", new JsonObject()
                                .put("total", members)
                                .put("activeMonth", members)
                                .put("activeHalfyear", members))
                        .put("localPosts", 0))
                .put("metadata", new JsonObject()
                        .put("nodeName", config.orgName())
                        .put("nodeDescription", config.orgSummary())
                        .put("organisation", new JsonObject()
                                .put("name", config.orgName())
                                .put("account", uris.actor(config.orgHandle()))));
    }

    private static JsonObject link(String rel, String href) {
        return new JsonObject().put("rel", rel).put("href", href);
    }
}
