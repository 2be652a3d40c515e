package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;
import org.serge.core.status.StatusDraft;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.Visibility;
import org.serge.federation.html.RemoteHtmlSanitizer;
import org.serge.federation.solidarity.ReceivedEvents;
import org.serge.federation.vocab.AsObject;
import org.serge.federation.vocab.PollOption;
import org.serge.federation.vocab.Tag;

/** Turns a remote content object (Note, Article, Page, Question, Event) into a status draft. */
public final class RemoteStatuses {

    public static final Set<String> TYPES = Set.of("Note", "Article", "Page", "Question", "Event");
    public static final int MAX_POLL_OPTIONS = 200;

    private static final Set<String> TITLED = Set.of("Article", "Page", "Event");

    private final RemoteHtmlSanitizer sanitizer;
    private final AccountLookup accounts;
    private final StatusRepository statuses;

    public RemoteStatuses(RemoteHtmlSanitizer sanitizer, AccountLookup accounts, StatusRepository statuses) {
        this.sanitizer = sanitizer;
        this.accounts = accounts;
        this.statuses = statuses;
    }

    public static boolean isSupported(AsObject object) {
        return TYPES.contains(object.type());
    }

    /**
     * A draft for the object by its author; {@code previous} is the stored status when this is an edit (its id
     * and creation time are kept). Mentions keep local accounts only: remote ones are not notified here.
     */
    public Future<StatusDraft> draft(AsObject object, JsonObject json, Account author, Optional<Status> previous) {
        Poll poll;
        try {
            poll = poll(object);
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        Future<Long> inReplyTo = object.inReplyTo() == null ? Future.succeededFuture(null)
                : statuses.findByUri(object.inReplyTo()).map(found -> found.map(Status::id).orElse(null));
        return Future.all(inReplyTo, mentionedLocalAccounts(object)).map(done -> {
            Instant now = Instant.now();
            OffsetDateTime created = previous.map(Status::createdAt)
                    .orElse(utc(object.published() != null ? object.published() : now));
            OffsetDateTime edited = previous.isPresent() ? utc(object.updated() != null ? object.updated() : now) : null;
            Status status = new Status(previous.map(Status::id).orElseGet(Snowflake::next), object.id(),
                    object.firstUrl() != null ? object.firstUrl() : object.id(), author.id(), false, object.type(),
                    Audiences.visibility(object, author), done.resultAt(0), object.inReplyTo(), null,
                    TITLED.contains(object.type()) ? object.name() : null, sanitizer.sanitize(content(object)
                    // an Event's time and place, for clients that show content only
                    + ("Event".equals(object.type()) ? ReceivedEvents.html(json) : "")), null,
                    Jsoup.parse(sanitizer.sanitize(object.summary())).text(), object.sensitive(), language(object),
                    created, edited);
            List<Long> mentioned = done.resultAt(1);
            return new StatusDraft(status, mentioned, hashtags(object), poll, json.encode());
        });
    }

    /** A boost: an empty status of the booster pointing at the original. */
    public static StatusDraft reblog(String announceId, Account booster, Status original, Visibility visibility,
                                     Instant published) {
        Status status = new Status(Snowflake.next(), announceId, announceId, booster.id(), false, "Announce",
                visibility, null, null, original.id(), null, "", null, "", false, null,
                utc(published != null ? published : Instant.now()), null);
        return new StatusDraft(status, List.of(), List.of(), null, null);
    }

    private Future<List<Long>> mentionedLocalAccounts(AsObject object) {
        List<Future<Optional<Account>>> lookups = new ArrayList<>();
        for (Tag tag : object.tag()) {
            String href = tag.href() != null ? tag.href() : tag.id();
            if (tag.isMention() && accounts.isLocal(href)) {
                lookups.add(accounts.local(href));
            }
        }
        return Future.all(lookups).map(done -> {
            List<Long> ids = new ArrayList<>();
            for (Future<Optional<Account>> lookup : lookups) {
                lookup.result().ifPresent(account -> ids.add(account.id()));
            }
            return ids;
        });
    }

    private static List<String> hashtags(AsObject object) {
        List<String> tags = new ArrayList<>();
        for (Tag tag : object.tag()) {
            if (tag.isHashtag() && tag.name() != null) {
                String name = tag.name().strip();
                name = (name.startsWith("#") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
                if (!name.isBlank() && name.length() <= 100) {
                    tags.add(name);
                }
            }
        }
        return tags;
    }

    private static Poll poll(AsObject object) {
        if (object.poll() == null || object.poll().options().isEmpty()) {
            return null;
        }
        List<PollOption> options = object.poll().options();
        if (options.size() > MAX_POLL_OPTIONS) {
            throw ServiceException.unprocessable("too many poll options");
        }
        List<String> names = new ArrayList<>();
        List<Integer> votes = new ArrayList<>();
        for (PollOption option : options) {
            names.add(option.name() == null ? "" : option.name());
            votes.add(option.votes() == null ? 0 : Math.max(0, option.votes()));
        }
        Instant end = object.endTime() != null ? object.endTime() : object.poll().closedAt();
        return new Poll(object.poll().multipleChoice(), names, votes, object.poll().votersCount(),
                end == null ? null : utc(end));
    }

    private static String content(AsObject object) {
        if (object.content() != null) {
            return object.content();
        }
        return object.contentMap().values().stream().findFirst().orElse("");
    }

    private static String language(AsObject object) {
        Map<String, String> map = object.contentMap();
        return map.isEmpty() ? null : map.keySet().iterator().next();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
