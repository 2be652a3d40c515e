package org.serge.web.api.statuses;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.pin.PinService;
import org.serge.core.status.StatusEdit;
import org.serge.core.status.StatusEditRepository;
import org.serge.core.status.StatusService;
import org.serge.core.timeline.StatusView;
import org.serge.core.timeline.StatusViews;
import org.serge.web.api.ApiParams;
import org.serge.web.api.Replies;
import org.serge.web.api.entity.AccountEntity;
import org.serge.web.api.entity.ApiTimes;
import org.serge.web.api.entity.StatusEntity;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.Authenticated;

/**
 * {@code POST /api/v1/statuses/:id/pin} and {@code /unpin} (answering the status, {@code pinned} set), and
 * {@code GET /api/v1/statuses/:id/history}: the status' versions as Mastodon's StatusEdit entities, the original
 * first; a status never edited has one, itself. History follows the rule of GET /api/v1/statuses/:id: a status the
 * viewer may not see is a 404.
 */
public final class PinAndHistoryRoutes {

    private final ApiAuth auth;
    private final StatusService statuses;
    private final PinService pins;
    private final StatusEditRepository edits;
    private final StatusViews views;
    private final StatusEntity entity;
    private final AccountEntity accountEntity;

    public PinAndHistoryRoutes(ApiAuth auth, StatusService statuses, PinService pins, StatusEditRepository edits,
                               StatusViews views, StatusEntity entity, AccountEntity accountEntity) {
        this.auth = auth;
        this.statuses = statuses;
        this.pins = pins;
        this.edits = edits;
        this.views = views;
        this.entity = entity;
        this.accountEntity = accountEntity;
    }

    public void mount(Router router) {
        String one = "/api/v1/statuses/:id";
        router.post(one + "/pin").handler(auth.user("write:accounts"))
                .handler(ctx -> Replies.json(ctx, c -> pin(c, true)));
        router.post(one + "/unpin").handler(auth.user("write:accounts"))
                .handler(ctx -> Replies.json(ctx, c -> pin(c, false)));
        router.get(one + "/history").handler(auth.optional()).handler(ctx -> Replies.json(ctx, this::history));
    }

    private Future<JsonObject> pin(RoutingContext ctx, boolean pin) {
        Account me = ApiAuth.current(ctx).account();
        long id = ApiParams.pathId(ctx, "id");
        return (pin ? pins.pin(me, id) : pins.unpin(me, id))
                .compose(status -> views.loadOne(status, me.id()))
                .map(entity::render);
    }

    private Future<JsonArray> history(RoutingContext ctx) {
        Authenticated token = ApiAuth.current(ctx);
        Account viewer = token == null ? null : ApiAuth.require(ctx, false, "read:statuses").account();
        long id = ApiParams.pathId(ctx, "id");
        return statuses.visibleStatus(viewer, id).compose(status -> edits.history(status.id())
                .compose(versions -> views.loadOne(status, viewer == null ? null : viewer.id()).map(view -> {
                    List<StatusEdit> all = versions.isEmpty() ? List.of(StatusEdit.current(status, view.poll()))
                            : versions;
                    JsonArray array = new JsonArray();
                    all.forEach(edit -> array.add(render(edit, view)));
                    return array;
                })));
    }

    /** Mastodon's StatusEdit; media are not versioned (an edit keeps them), so each version shows the status'. */
    private JsonObject render(StatusEdit edit, StatusView view) {
        JsonObject poll = null;
        if (edit.pollOptions() != null) {
            JsonArray options = new JsonArray();
            edit.pollOptions().forEach(title -> options.add(new JsonObject().put("title", title)));
            poll = new JsonObject().put("options", options);
        }
        JsonArray media = new JsonArray();
        view.mediaAttachments().forEach(media::add);
        return new JsonObject()
                .put("content", edit.content())
                .put("spoiler_text", edit.spoilerText())
                .put("sensitive", edit.sensitive())
                .put("created_at", ApiTimes.time(edit.createdAt()))
                .put("account", accountEntity.render(view.account()))
                .put("poll", poll)
                .put("media_attachments", media)
                .put("emojis", new JsonArray());
    }
}
