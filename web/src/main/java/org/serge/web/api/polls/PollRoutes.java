package org.serge.web.api.polls;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.poll.PollService;
import org.serge.core.status.Status;
import org.serge.core.timeline.StatusView;
import org.serge.core.timeline.StatusViews;
import org.serge.web.api.ApiParams;
import org.serge.web.api.Replies;
import org.serge.web.api.entity.PollEntity;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.Authenticated;
import org.serge.web.oauth.RequestParams;

/**
 * {@code GET /api/v1/polls/:id} (a token is optional; the poll of a status the caller may not see is a 404) and
 * {@code POST /api/v1/polls/:id/votes} with {@code choices[]} (0-based option indexes), answering the Poll.
 */
public final class PollRoutes {

    private static final int MAX_CHOICES = 50;

    private final ApiAuth auth;
    private final PollService polls;
    private final StatusViews views;
    private final BodyHandler body;

    public PollRoutes(ApiAuth auth, PollService polls, StatusViews views, BodyHandler body) {
        this.auth = auth;
        this.polls = polls;
        this.views = views;
        this.body = body;
    }

    public void mount(Router router) {
        router.get("/api/v1/polls/:id").handler(auth.optional()).handler(ctx -> Replies.json(ctx, this::show));
        router.post("/api/v1/polls/:id/votes").handler(body).handler(auth.user("write:statuses"))
                .handler(ctx -> Replies.json(ctx, this::vote));
    }

    private Future<JsonObject> show(RoutingContext ctx) {
        Authenticated caller = ApiAuth.current(ctx);
        Account viewer = caller == null ? null : ApiAuth.require(ctx, false, "read:statuses").account();
        long id = ApiParams.pathId(ctx, "id");
        return polls.find(viewer, id).compose(status -> render(status, viewer));
    }

    private Future<JsonObject> vote(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        long id = ApiParams.pathId(ctx, "id");
        List<Integer> choices = choices(RequestParams.of(ctx));
        return polls.vote(me, id, choices).compose(status -> render(status, me));
    }

    private Future<JsonObject> render(Status status, Account viewer) {
        return views.loadOne(status, viewer == null ? null : viewer.id()).map(PollRoutes::poll);
    }

    private static JsonObject poll(StatusView view) {
        if (view.poll() == null) {
            throw ServiceException.notFound("no such poll");
        }
        return PollEntity.render(view.id(), view.poll(), view.voted(), view.ownVotes());
    }

    private static List<Integer> choices(RequestParams params) {
        List<String> raw = params.all("choices");
        if (raw.isEmpty()) {
            throw ServiceException.unprocessable("choices can't be empty");
        }
        if (raw.size() > MAX_CHOICES) {
            throw ServiceException.unprocessable("too many choices");
        }
        List<Integer> choices = new ArrayList<>();
        for (String value : raw) {
            Long choice = ApiParams.id(value.strip());
            if (choice == null || choice > Integer.MAX_VALUE) {
                throw ServiceException.unprocessable("choices must be the indexes of the poll's options");
            }
            choices.add(choice.intValue());
        }
        return choices;
    }
}
