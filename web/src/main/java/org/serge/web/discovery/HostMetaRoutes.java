package org.serge.web.discovery;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.serge.core.config.NodeConfig;
import org.serge.web.http.MediaTypes;
import org.serge.web.http.Responses;

/** {@code /.well-known/host-meta} (XRD) and its JSON twin: where WebFinger lives. */
public final class HostMetaRoutes {

    private final String template;

    public HostMetaRoutes(NodeConfig config) {
        this.template = config.baseUrl() + "/.well-known/webfinger?resource={uri}";
    }

    public void mount(Router router) {
        router.get("/.well-known/host-meta").handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, MediaTypes.XRD_XML)
                .putHeader("Access-Control-Allow-Origin", "*")
                .end("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<XRD xmlns=\"http://docs.oasis-open.org/ns/xri/xrd-1.0\">\n"
                        + "  <Link rel=\"lrdd\" template=\"" + template.replace("&", "&amp;") + "\"/>\n"
                        + "</XRD>\n"));
        router.get("/.well-known/host-meta.json").handler(ctx -> {
            ctx.response().putHeader("Access-Control-Allow-Origin", "*");
            Responses.json(ctx, 200, MediaTypes.JRD_JSON, new JsonObject().put("links", new JsonArray()
                    .add(new JsonObject().put("rel", "lrdd").put("template", template))));
        });
    }
}
