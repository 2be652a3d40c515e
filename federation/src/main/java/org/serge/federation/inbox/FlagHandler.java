package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.serge.core.account.Account;
import org.serge.core.interaction.InteractionRepository;
import org.serge.core.status.Status;
import org.serge.core.status.StatusRepository;
import org.serge.federation.html.RemoteHtmlSanitizer;
import org.serge.federation.vocab.Activity;
import org.serge.federation.vocab.LinkOrObject;

/**
 * Flag: a report for the admins. The reported account is the local account named in object (or the author of
 * the first local status named there); the reported statuses are the named local statuses of that account.
 */
public final class FlagHandler implements ActivityHandler {

    private static final int MAX_COMMENT = 5000;

    private final AccountLookup accounts;
    private final StatusRepository statuses;
    private final InteractionRepository interactions;
    private final RemoteHtmlSanitizer sanitizer;

    public FlagHandler(AccountLookup accounts, StatusRepository statuses, InteractionRepository interactions,
                       RemoteHtmlSanitizer sanitizer) {
        this.accounts = accounts;
        this.statuses = statuses;
        this.interactions = interactions;
        this.sanitizer = sanitizer;
    }

    @Override
    public Future<Void> handle(InboxContext ctx, Activity activity, JsonObject raw) {
        List<String> ids = activity.objects().stream().map(LinkOrObject::id).filter(id -> id != null).toList();
        List<Future<Optional<Account>>> named = ids.stream().map(accounts::local).toList();
        List<Future<Optional<Status>>> reported = ids.stream()
                .map(id -> accounts.isLocal(id) ? statuses.findByUri(id)
                        : Future.succeededFuture(Optional.<Status>empty()))
                .toList();
        return Future.all(Future.all(named), Future.all(reported)).compose(done -> {
            List<Status> localStatuses = new ArrayList<>();
            reported.forEach(f -> f.result().filter(Status::local).ifPresent(localStatuses::add));
            Optional<Long> target = named.stream().map(Future::result).flatMap(Optional::stream)
                    .map(Account::id).findFirst()
                    .or(() -> localStatuses.stream().map(Status::accountId).findFirst());
            if (target.isEmpty() || target.get() == ctx.actor().id()) {
                return Future.succeededFuture();
            }
            List<Long> statusIds = localStatuses.stream().filter(s -> s.accountId() == target.get())
                    .map(Status::id).distinct().toList();
            return interactions.insertReport(ctx.actor().id(), target.get(), statusIds, comment(activity),
                    activity.id());
        });
    }

    private String comment(Activity activity) {
        String text = Jsoup.parse(sanitizer.sanitize(activity.content())).text();
        return text.length() > MAX_COMMENT ? text.substring(0, MAX_COMMENT) : text;
    }
}
