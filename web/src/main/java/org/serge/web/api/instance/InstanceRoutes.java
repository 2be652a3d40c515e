package org.serge.web.api.instance;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.serge.core.config.LocalUris;
import org.serge.core.config.NodeConfig;
import org.serge.core.instance.InstanceRepository;
import org.serge.core.instance.InstanceStats;
import org.serge.core.pin.PinService;
import org.serge.web.Version;
import org.serge.web.api.entity.ApiTimes;
import org.serge.web.api.misc.JsonAnswers;
import org.serge.web.pages.Html;

/**
 * What a node tells clients about itself: {@code /api/v1/instance} and {@code /api/v2/instance} (public), with
 * peers, rules and activity. The version starts with the Mastodon version whose API Serge speaks, as clients
 * parse it; api_versions.mastodon stays at 1 until grouped notifications exist.
 */
public final class InstanceRoutes {

    static final String MASTODON_VERSION = "4.3.0";
    static final String VERSION = MASTODON_VERSION + " (compatible; Serge " + Version.VERSION + ")";
    static final JsonArray IMAGE_TYPES = new JsonArray().add("image/jpeg").add("image/png").add("image/webp")
            .add("image/gif");
    static final int IMAGE_SIZE_LIMIT = 16 * 1024 * 1024;
    static final int IMAGE_MATRIX_LIMIT = 33_177_600;

    private final NodeConfig config;
    private final LocalUris uris;
    private final InstanceRepository instance;
    private final OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);

    public InstanceRoutes(NodeConfig config, LocalUris uris, InstanceRepository instance) {
        this.config = config;
        this.uris = uris;
        this.instance = instance;
    }

    public void mount(Router router) {
        router.get("/api/v1/instance").handler(this::v1);
        router.get("/api/v2/instance").handler(this::v2);
        router.get("/api/v1/instance/peers").handler(ctx -> instance.peers()
                .onSuccess(peers -> JsonAnswers.array(ctx, new JsonArray(peers)))
                .onFailure(ctx::fail));
        router.get("/api/v1/instance/rules").handler(ctx -> JsonAnswers.array(ctx, new JsonArray()));
        router.get("/api/v1/instance/activity").handler(ctx -> JsonAnswers.array(ctx, new JsonArray()));
        router.get("/api/v1/instance/languages").handler(ctx -> JsonAnswers.array(ctx, new JsonArray()
                .add(new JsonObject().put("code", "en").put("name", "English"))));
        router.get("/api/v1/instance/translation_languages").handler(ctx -> JsonAnswers.object(ctx, new JsonObject()));
        router.get("/api/v1/instance/extended_description").handler(ctx -> JsonAnswers.object(ctx, new JsonObject()
                .put("updated_at", ApiTimes.time(started))
                .put("content", description())));
    }

    private void v1(RoutingContext ctx) {
        instance.stats().onSuccess(stats -> JsonAnswers.object(ctx, new JsonObject()
                        .put("uri", config.domain())
                        .put("title", title())
                        .put("short_description", summary())
                        .put("description", summary())
                        .put("email", "")
                        .put("version", VERSION)
                        .put("urls", new JsonObject().put("streaming_api", streaming()))
                        .put("stats", statistics(stats))
                        .put("thumbnail", thumbnail())
                        .put("languages", languages())
                        .put("registrations", false)
                        .put("approval_required", true)
                        .put("invites_enabled", false)
                        .put("configuration", configuration(false))
                        .put("contact_account", null)
                        .put("rules", new JsonArray())))
                .onFailure(ctx::fail);
    }

    private void v2(RoutingContext ctx) {
        instance.stats().onSuccess(stats -> JsonAnswers.object(ctx, new JsonObject()
                        .put("domain", config.domain())
                        .put("title", title())
                        .put("version", VERSION)
                        .put("source_url", uris.base() + "/about")
                        .put("description", summary())
                        .put("usage", new JsonObject().put("users", new JsonObject()
                                .put("active_month", stats.userCount())))
                        .put("thumbnail", new JsonObject().put("url", thumbnail()))
                        .put("icon", new JsonArray())
                        .put("languages", languages())
                        .put("configuration", configuration(true))
                        .put("registrations", new JsonObject()
                                .put("enabled", false)
                                .put("approval_required", true)
                                .put("message", null))
                        .put("api_versions", new JsonObject().put("mastodon", 1))
                        .put("contact", new JsonObject().put("email", "").put("account", null))
                        .put("rules", new JsonArray())))
                .onFailure(ctx::fail);
    }

    private JsonObject configuration(boolean v2) {
        JsonObject configuration = new JsonObject();
        if (v2) {
            configuration
                    .put("urls", new JsonObject().put("streaming", streaming()))
                    .put("vapid", new JsonObject().put("public_key", ""))
                    .put("translation", new JsonObject().put("enabled", false));
        }
        return configuration
                .put("accounts", new JsonObject().put("max_featured_tags", 0)
                        .put("max_pinned_statuses", PinService.MAX_PINNED))
                .put("statuses", new JsonObject()
                        .put("max_characters", 5000)
                        .put("max_media_attachments", 4)
                        .put("characters_reserved_per_url", 23))
                .put("media_attachments", new JsonObject()
                        .put("supported_mime_types", IMAGE_TYPES.copy())
                        .put("image_size_limit", IMAGE_SIZE_LIMIT)
                        .put("image_matrix_limit", IMAGE_MATRIX_LIMIT))
                .put("polls", new JsonObject()
                        .put("max_options", 10)
                        .put("max_characters_per_option", 100)
                        .put("min_expiration", 300)
                        .put("max_expiration", 2_629_746));
    }

    private static JsonObject statistics(InstanceStats stats) {
        return new JsonObject()
                .put("user_count", stats.userCount())
                .put("status_count", stats.statusCount())
                .put("domain_count", stats.domainCount());
    }

    /** The streaming server's base URL; clients append /api/v1/streaming, as with Mastodon's. */
    private String streaming() {
        return (config.dev() ? "ws://" : "wss://") + config.domain();
    }

    private String title() {
        return config.orgName() == null || config.orgName().isBlank() ? config.domain() : config.orgName();
    }

    private String summary() {
        return config.orgSummary() == null ? "" : config.orgSummary();
    }

    private String description() {
        return summary().isBlank() ? "" : "<p>" + Html.escape(summary()) + "</p>";
    }

    private String thumbnail() {
        return uris.defaultAvatar();
    }

    private static JsonArray languages() {
        return new JsonArray().add("en");
    }
}
