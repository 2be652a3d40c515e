package org.serge.core.status;

import io.vertx.core.Future;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.core.account.Account;
import org.serge.core.account.AccountResolver;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.interaction.InteractionRepository;
import org.serge.core.outbox.Federator;

/** The rules for members' posts, boosts and favourites. Remote statuses arrive through the inbox instead. */
public final class StatusService {

    public static final int MAX_CHARACTERS = 5000;
    public static final int MAX_POLL_OPTIONS = 10;
    private static final int MAX_MENTIONS = 50;

    private final StatusRepository statuses;
    private final InteractionRepository interactions;
    private final StatusVisibilityPolicy visibility;
    private final AccountResolver resolver;
    private final RemoteAccountRepository accounts;
    private final Federator federator;
    private final LocalUris uris;
    private final String domain;
    private final TextFormatter formatter;
    private final StatusMedia media;

    /** A status service that refuses media (every media id is a 422). */
    public StatusService(StatusRepository statuses, InteractionRepository interactions,
                         StatusVisibilityPolicy visibility, AccountResolver resolver,
                         RemoteAccountRepository accounts, Federator federator, LocalUris uris, String domain) {
        this(statuses, interactions, visibility, resolver, accounts, federator, uris, domain, StatusMedia.NONE);
    }

    public StatusService(StatusRepository statuses, InteractionRepository interactions,
                         StatusVisibilityPolicy visibility, AccountResolver resolver,
                         RemoteAccountRepository accounts, Federator federator, LocalUris uris, String domain,
                         StatusMedia media) {
        this.media = media;
        this.statuses = statuses;
        this.interactions = interactions;
        this.visibility = visibility;
        this.resolver = resolver;
        this.accounts = accounts;
        this.federator = federator;
        this.uris = uris;
        this.domain = domain;
        this.formatter = new TextFormatter(uris.base());
    }

    /**
     * Posts a member's status. Media ids are checked before anything is stored and attached in the transaction
     * that stores the status; a status with media needs no text (as on Mastodon).
     */
    public Future<Status> post(Account author, PostRequest request) {
        String text = request.text() == null ? "" : request.text();
        Future<Status> parent = validate(author, request).compose(v ->
                request.inReplyToId() == null ? Future.succeededFuture(null)
                : statuses.findById(request.inReplyToId())
                        .compose(found -> found.isEmpty() ? Future.failedFuture(ServiceException.notFound("no such status"))
                                : visibility.visibleTo(found.get(), author).compose(visible -> visible
                                        ? Future.succeededFuture(found.get())
                                        : Future.failedFuture(ServiceException.notFound("no such status")))));
        return postAfterChecks(author, request, text, parent);
    }

    /**
     * The checks of {@link #post} that need no reply target: text, poll, media (owned and not yet attached).
     * Scheduling a post runs them at once; publishing it runs them all again.
     */
    public Future<Void> validate(Account author, PostRequest request) {
        String text = request.text() == null ? "" : request.text();
        if (text.isBlank() && request.pollOptions().isEmpty() && request.mediaIds().isEmpty()) {
            return Future.failedFuture(ServiceException.unprocessable("text can't be blank"));
        }
        if (text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
            return Future.failedFuture(ServiceException.unprocessable("text is over " + MAX_CHARACTERS + " characters"));
        }
        if (request.visibility() == null) {
            return Future.failedFuture(ServiceException.unprocessable("unknown visibility"));
        }
        if (!request.pollOptions().isEmpty() && (request.pollOptions().size() < 2
                || request.pollOptions().size() > MAX_POLL_OPTIONS || request.pollExpiresInSeconds() < 300)) {
            return Future.failedFuture(ServiceException.unprocessable(
                    "a poll has 2 to " + MAX_POLL_OPTIONS + " options and lasts at least 5 minutes"));
        }
        if (!request.mediaIds().isEmpty() && !request.pollOptions().isEmpty()) {
            return Future.failedFuture(ServiceException.unprocessable("a status can't have both media and a poll"));
        }
        return media.check(author.id(), request.mediaIds());
    }

    private Future<Status> postAfterChecks(Account author, PostRequest request, String text, Future<Status> parent) {
        return parent.compose(replyTo -> resolveMentions(text).compose(mentions ->
                parentAuthor(replyTo).compose(parentAuthor -> {
                    long id = Snowflake.next();
                    List<Long> mentionIds = new ArrayList<>();
                    mentions.values().forEach(account -> mentionIds.add(account.id()));
                    if (parentAuthor != null && parentAuthor.id() != author.id()) {
                        mentionIds.add(parentAuthor.id());
                    }
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
                    Status status = new Status(id, uris.status(author.username(), id),
                            uris.statusUrl(author.username(), id), author.id(), true,
                            request.pollOptions().isEmpty() ? "Note" : "Question", request.visibility(),
                            replyTo == null ? null : replyTo.id(), replyTo == null ? null : replyTo.uri(), null, null,
                            formatter.format(text, mentions, profileUrls(mentions)), text,
                            request.spoilerText() == null ? "" : request.spoilerText(),
                            request.sensitive() || (request.spoilerText() != null && !request.spoilerText().isBlank()),
                            request.language(), now, null);
                    Poll poll = request.pollOptions().isEmpty() ? null
                            : new Poll(request.pollMultiple(), request.pollOptions(),
                            Collections.nCopies(request.pollOptions().size(), 0), 0,
                            now.plusSeconds(request.pollExpiresInSeconds()));
                    List<Long> localMentions = new ArrayList<>();
                    mentions.values().stream().filter(Account::isLocal).forEach(a -> localMentions.add(a.id()));
                    if (parentAuthor != null && parentAuthor.isLocal()) {
                        localMentions.add(parentAuthor.id());
                    }
                    StatusDraft draft = new StatusDraft(status, mentionIds, TextFormatter.hashtags(text), poll, null);
                    Future<Status> inserted = request.mediaIds().isEmpty() ? statuses.insert(draft)
                            : statuses.insert(draft, tx -> media.attachToNew(tx, author.id(), request.mediaIds(), id));
                    return inserted.compose(stored -> notifyMentioned(stored, author, localMentions).map(stored));
                })))
                .compose(status -> federator.statusCreated(status).map(status));
    }

    /**
     * Edits a member's own status: new text, content warning, sensitivity, language and, when options are given,
     * a new poll (its votes start again); the visibility, the thread and the media stay (media ids sent with an
     * edit are ignored). Federates an Update.
     */
    public Future<Status> edit(Account author, long statusId, PostRequest request) {
        String text = request.text() == null ? "" : request.text();
        if (text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
            return Future.failedFuture(ServiceException.unprocessable("text is over " + MAX_CHARACTERS + " characters"));
        }
        if (!request.pollOptions().isEmpty() && (request.pollOptions().size() < 2
                || request.pollOptions().size() > MAX_POLL_OPTIONS || request.pollExpiresInSeconds() < 300)) {
            return Future.failedFuture(ServiceException.unprocessable(
                    "a poll has 2 to " + MAX_POLL_OPTIONS + " options and lasts at least 5 minutes"));
        }
        return ownStatus(author, statusId).compose(old -> {
            if (old.isReblog()) {
                return Future.failedFuture(ServiceException.unprocessable("a boost can't be edited"));
            }
            Future<Poll> poll = request.pollOptions().isEmpty() ? statuses.poll(old.id()).map(p -> p.orElse(null))
                    : Future.succeededFuture(new Poll(request.pollMultiple(), request.pollOptions(),
                    Collections.nCopies(request.pollOptions().size(), 0), 0,
                    OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(request.pollExpiresInSeconds())));
            return poll.compose(newPoll -> media.hasMedia(old.id()).compose(withMedia -> {
                if (text.isBlank() && newPoll == null && !withMedia) {
                    return Future.failedFuture(ServiceException.unprocessable("text can't be blank"));
                }
                return resolveMentions(text).compose(mentions -> parentAuthorOf(old).compose(parentAuthor -> {
                    List<Long> mentionIds = new ArrayList<>();
                    mentions.values().forEach(account -> mentionIds.add(account.id()));
                    if (parentAuthor != null && parentAuthor.id() != author.id()) {
                        mentionIds.add(parentAuthor.id());
                    }
                    String spoiler = request.spoilerText() == null ? "" : request.spoilerText();
                    Status edited = new Status(old.id(), old.uri(), old.url(), old.accountId(), old.local(),
                            newPoll == null ? "Note" : "Question", old.visibility(), old.inReplyToId(),
                            old.inReplyToUri(), null, old.title(), formatter.format(text, mentions, profileUrls(mentions)),
                            text, spoiler, request.sensitive() || !spoiler.isBlank(),
                            request.language() != null ? request.language() : old.language(), old.createdAt(),
                            OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
                    return statuses.update(new StatusDraft(edited, mentionIds, TextFormatter.hashtags(text), newPoll,
                            null));
                }));
            }));
        }).compose(status -> federator.statusUpdated(status).map(status));
    }

    /** A member's own status, or 404: for reading its source. */
    public Future<Status> own(Account author, long statusId) {
        return ownStatus(author, statusId);
    }

    public Future<Void> delete(Account author, long statusId) {
        return ownStatus(author, statusId)
                .compose(status -> federator.statusDeleted(status).compose(v -> statuses.delete(status.id())))
                .mapEmpty();
    }

    /** Boosts a status; boosting twice returns the existing boost. Followers-only and direct posts can't be boosted. */
    public Future<Status> reblog(Account booster, long statusId) {
        return visibleStatus(booster, statusId).compose(original -> {
            if (original.visibility() == Visibility.DIRECT
                    || (!original.visibility().isPublicLike() && original.accountId() != booster.id())) {
                return Future.failedFuture(ServiceException.unprocessable("this status can't be boosted"));
            }
            if (original.isReblog()) {
                return Future.failedFuture(ServiceException.unprocessable("boost the original status instead"));
            }
            return statuses.findReblog(booster.id(), original.id()).compose(existing -> {
                if (existing.isPresent()) {
                    return Future.succeededFuture(existing.get());
                }
                long id = Snowflake.next();
                Status reblog = new Status(id, uris.status(booster.username(), id) + "/activity",
                        uris.statusUrl(booster.username(), id), booster.id(), true, "Announce",
                        boostVisibility(original.visibility()),
                        null, null, original.id(), null, "", null, "", false, null,
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), null);
                return statuses.insert(new StatusDraft(reblog, List.of(), List.of(), null, null))
                        .compose(stored -> notifyLocalAuthor(original, booster, "reblog").map(stored))
                        .compose(stored -> federator.reblogged(stored, original).map(stored));
            });
        });
    }

    /** A boost is never wider than what it boosts: an author's boost of their followers-only post stays so. */
    private static Visibility boostVisibility(Visibility original) {
        return switch (original) {
            case PUBLIC -> Visibility.PUBLIC;
            case UNLISTED -> Visibility.UNLISTED;
            default -> original;
        };
    }

    public Future<Void> unreblog(Account booster, long statusId) {
        return statuses.findById(statusId).compose(original -> original.isEmpty()
                ? Future.failedFuture(ServiceException.notFound("no such status"))
                : statuses.findReblog(booster.id(), statusId).compose(reblog -> reblog.isEmpty()
                        ? Future.<Void>succeededFuture()
                        : federator.unreblogged(reblog.get(), original.get())
                                .compose(v -> statuses.delete(reblog.get().id())).mapEmpty()));
    }

    public Future<Void> favourite(Account account, long statusId) {
        return visibleStatus(account, statusId).compose(status -> {
            String likeUri = uris.activity(account.username(), "likes", Snowflake.next());
            return interactions.insertFavourite(account.id(), status.id(), likeUri)
                    .compose(inserted -> inserted
                            ? notifyLocalAuthor(status, account, "favourite")
                                    .compose(v -> federator.favourited(account, status, likeUri))
                            : Future.succeededFuture());
        });
    }

    public Future<Void> unfavourite(Account account, long statusId) {
        return visibleStatus(account, statusId).compose(status -> interactions.deleteFavourite(account.id(), status.id())
                .compose(uri -> uri.isPresent() ? federator.unfavourited(account, status, uri.get())
                        : Future.succeededFuture()));
    }

    /** A status the viewer may see, or 404 (also when it exists but is hidden from them). */
    public Future<Status> visibleStatus(Account viewer, long statusId) {
        return statuses.findById(statusId).compose(found -> found.isEmpty()
                ? Future.failedFuture(ServiceException.notFound("no such status"))
                : visibility.visibleTo(found.get(), viewer).compose(visible -> visible
                        ? Future.succeededFuture(found.get())
                        : Future.failedFuture(ServiceException.notFound("no such status"))));
    }

    private Future<Status> ownStatus(Account author, long statusId) {
        return statuses.findById(statusId).compose(found -> found.isPresent() && found.get().accountId() == author.id()
                ? Future.succeededFuture(found.get())
                : Future.failedFuture(ServiceException.notFound("no such status")));
    }

    // Local members are notified here of what other local members do; remote servers' actions arrive through the
    // inbox handlers, which notify in the same way, and remote members are told by their own servers.

    /** Notifies the local accounts a new status mentions (a reply mentions its parent's author), once each. */
    private Future<Void> notifyMentioned(Status status, Account author, List<Long> localAccountIds) {
        Future<Void> chain = Future.succeededFuture();
        for (long accountId : localAccountIds.stream().distinct().filter(id -> id != author.id()).toList()) {
            chain = chain.compose(v -> interactions.notify(accountId, author.id(), "mention", status.id()));
        }
        return chain;
    }

    /** Notifies the author of a local status that someone else boosted or favourited it. */
    private Future<Void> notifyLocalAuthor(Status status, Account actor, String type) {
        return status.local() && status.accountId() != actor.id()
                ? interactions.notify(status.accountId(), actor.id(), type, status.id())
                : Future.succeededFuture();
    }

    private Future<Account> parentAuthorOf(Status status) {
        return status.inReplyToId() == null ? Future.succeededFuture(null)
                : statuses.findById(status.inReplyToId()).compose(parent -> parentAuthor(parent.orElse(null)));
    }

    private Future<Account> parentAuthor(Status parent) {
        return parent == null ? Future.succeededFuture(null)
                : accounts.findById(parent.accountId()).map(found -> found.orElse(null));
    }

    /** Resolves the mentions written in a text; mentions that do not resolve stay plain text. */
    private Future<Map<String, Account>> resolveMentions(String text) {
        List<String> keys = TextFormatter.mentionKeys(text);
        if (keys.size() > MAX_MENTIONS) {
            return Future.failedFuture(ServiceException.unprocessable("too many mentions"));
        }
        Map<String, Account> resolved = Collections.synchronizedMap(new LinkedHashMap<>());
        List<Future<Void>> lookups = new ArrayList<>();
        for (String key : keys) {
            int at = key.indexOf('@');
            String user = at < 0 ? key : key.substring(0, at);
            String host = at < 0 ? domain : key.substring(at + 1);
            lookups.add(resolver.resolveHandle(user, host)
                    .onSuccess(account -> resolved.put(key, account))
                    .<Void>mapEmpty()
                    .otherwiseEmpty());
        }
        return Future.join(lookups).otherwiseEmpty().map(v -> {
            Map<String, Account> ordered = new LinkedHashMap<>();
            keys.forEach(key -> {
                if (resolved.containsKey(key)) {
                    ordered.put(key, resolved.get(key));
                }
            });
            return ordered;
        });
    }

    private Map<String, String> profileUrls(Map<String, Account> mentions) {
        Map<String, String> urls = new LinkedHashMap<>();
        mentions.forEach((key, account) -> urls.put(key, account.isLocal() ? uris.profilePage(account.username())
                : account.url() != null ? account.url() : account.uri()));
        return urls;
    }
}
