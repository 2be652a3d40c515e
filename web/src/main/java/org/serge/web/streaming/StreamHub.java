package org.serge.web.streaming;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.serge.core.account.Account;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;
import org.serge.core.streaming.StreamEvent;
import org.serge.core.timeline.StatusView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming connections of one HTTP verticle, and how an event reaches them. Everything runs on the
 * verticle's event loop. A status is loaded once per event, then checked and rendered once per subscribed
 * account (viewer-dependent fields such as favourited are the viewer's own), and sent on every matching stream.
 */
final class StreamHub {

    private static final Logger LOG = LoggerFactory.getLogger(StreamHub.class);

    private final StreamSources sources;
    private final Set<StreamConnection> connections = new LinkedHashSet<>();

    StreamHub(StreamSources sources) {
        this.sources = sources;
    }

    void add(StreamConnection connection) {
        connections.add(connection);
    }

    void remove(StreamConnection connection) {
        connections.remove(connection);
    }

    int size() {
        return connections.size();
    }

    void onEvent(String payload) {
        if (connections.isEmpty()) {
            return;
        }
        StreamEvent event = StreamEvent.parse(payload);
        if (event == null) {
            return;
        }
        Future<Void> done = switch (event.kind()) {
            case STATUS_CREATED -> status(event, "update");
            case STATUS_UPDATED -> status(event, "status.update");
            case STATUS_DELETED -> deleted(event);
            case NOTIFICATION_CREATED -> notification(event);
        };
        done.onFailure(e -> LOG.warn("a streaming event was not delivered: {}", e.toString()));
    }

    /** Connections grouped by their account, for those with a subscription of interest. */
    private Map<Long, List<StreamConnection>> byViewer(java.util.function.Predicate<Subscription> interest) {
        Map<Long, List<StreamConnection>> viewers = new LinkedHashMap<>();
        for (StreamConnection connection : connections) {
            if (connection.subscriptions().stream().anyMatch(interest)) {
                viewers.computeIfAbsent(connection.account().id(), k -> new ArrayList<>()).add(connection);
            }
        }
        return viewers;
    }

    private Future<Void> status(StreamEvent event, String name) {
        Map<Long, List<StreamConnection>> viewers = byViewer(Subscription::carriesStatuses);
        if (viewers.isEmpty() || event.statusId() == null) {
            return Future.succeededFuture();
        }
        return sources.statuses().findById(event.statusId()).compose(found -> {
            if (found.isEmpty()) {
                return Future.succeededFuture();
            }
            Status status = found.get();
            Future<Status> shown = status.isReblog()
                    ? sources.statuses().findById(status.reblogOfId()).map(o -> o.orElse(null))
                    : Future.succeededFuture(status);
            return Future.all(shown, sources.statuses().mentionedAccountIds(status.id()),
                    reachedBySubjects(status, viewers)).compose(loaded -> {
                Status original = shown.result();
                if (original == null) {
                    return Future.succeededFuture();
                }
                Set<Long> mentioned = new LinkedHashSet<>(loaded.<List<Long>>resultAt(1));
                Set<Long> reached = loaded.resultAt(2);
                List<Future<Void>> sent = new ArrayList<>();
                viewers.forEach((viewerId, conns) ->
                        sent.add(forViewer(conns, status, original, mentioned, reached.contains(viewerId), name)));
                return Future.join(sent).mapEmpty();
            });
        });
    }

    /**
     * Of the viewers on a user stream who did not write the status, those whose home it enters through what they
     * follow besides accounts: a report in their struggle feed, a public status with a hashtag they follow. The
     * feed rows are written in the transaction that stores the report, and PostgreSQL delivers its NOTIFY only
     * after that commits, so they are there when the event arrives.
     */
    private Future<Set<Long>> reachedBySubjects(Status status, Map<Long, List<StreamConnection>> viewers) {
        List<Long> candidates = new ArrayList<>();
        viewers.forEach((viewerId, conns) -> {
            if (viewerId != status.accountId() && conns.stream().anyMatch(c -> c.subscriptions().stream()
                    .anyMatch(s -> s.stream().equals(Subscription.USER)))) {
                candidates.add(viewerId);
            }
        });
        if (candidates.isEmpty() || status.visibility() != Visibility.PUBLIC || status.isReblog()) {
            return Future.succeededFuture(Set.of());
        }
        return sources.tags().reachedBySubjects(status.id(), true, candidates);
    }

    /** Checks and renders a status for one account, and sends it on that account's matching streams. */
    private Future<Void> forViewer(List<StreamConnection> conns, Status status, Status original, Set<Long> mentioned,
                                   boolean bySubject, String name) {
        Account viewer = conns.get(0).account();
        long viewerId = viewer.id();
        boolean own = status.accountId() == viewerId;
        boolean wantsUser = conns.stream().anyMatch(c -> c.subscriptions().stream()
                .anyMatch(s -> s.stream().equals(Subscription.USER)));
        Future<Boolean> follows = own || bySubject || !wantsUser ? Future.succeededFuture(own || bySubject)
                : sources.follows().isFollowing(viewerId, status.accountId());
        Future<Boolean> blocked = blockedEitherWay(viewerId, status, original)
                .compose(b -> b ? Future.succeededFuture(true) : muted(viewerId, status, original));
        boolean wantsLists = conns.stream().anyMatch(c -> c.subscriptions().stream().anyMatch(Subscription::isList));
        Future<List<Long>> lists = wantsLists ? sources.lists().listIdsHolding(viewerId, status.accountId())
                : Future.succeededFuture(List.of());
        // the same rule as every API route: never show a status its viewer may not see
        Future<Boolean> visible = sources.visibility().visibleTo(original, viewer)
                .compose(ok -> ok && status != original ? sources.visibility().visibleTo(status, viewer)
                        : Future.succeededFuture(ok));
        return Future.all(follows, blocked, visible, lists).compose(checks -> {
            if (blocked.result() || !visible.result()) {
                return Future.succeededFuture();
            }
            Set<String> inLists = new LinkedHashSet<>();
            lists.result().forEach(id -> inLists.add(String.valueOf(id)));
            boolean inHome = follows.result() && (status.visibility() != Visibility.DIRECT || own
                    || mentioned.contains(viewerId));
            boolean direct = !status.isReblog() && status.visibility() == Visibility.DIRECT
                    && (own || mentioned.contains(viewerId));
            // the direct stream carries conversations (Mastodon's "conversation" event), made when a status is new
            boolean wantsConversation = direct && name.equals("update") && conns.stream()
                    .anyMatch(c -> c.subscriptions().stream().anyMatch(s -> s.stream().equals(Subscription.DIRECT)));
            boolean anyCandidate = conns.stream().flatMap(c -> c.subscriptions().stream())
                    .anyMatch(s -> candidate(s, status, inHome, direct, inLists));
            Future<Void> statusSent = !anyCandidate ? Future.succeededFuture()
                    : sources.statusViews().loadOne(status, viewerId).map(view -> {
                if (view == null) {
                    return null;
                }
                String payload = sources.statusEntity().render(view).encode();
                for (StreamConnection c : conns) {
                    for (Subscription s : c.subscriptions()) {
                        if (candidate(s, status, inHome, direct, inLists) && matchesContent(s, view)
                                && c.grants(s.scope())) {
                            c.send(s, name, payload);
                        }
                    }
                }
                return null;
            });
            return wantsConversation ? statusSent.compose(v -> conversation(conns, viewer, status)) : statusSent;
        });
    }

    /** The viewer's conversation holding a new direct status, as a "conversation" event on their direct streams. */
    private Future<Void> conversation(List<StreamConnection> conns, Account viewer, Status status) {
        return sources.conversations().holding(viewer, status.id()).compose(found -> found == null
                ? Future.succeededFuture()
                : sources.conversationEntities().render(found, viewer).map(rendered -> {
                    String payload = rendered.encode();
                    for (StreamConnection c : conns) {
                        for (Subscription s : c.subscriptions()) {
                            if (s.stream().equals(Subscription.DIRECT) && c.grants(s.scope())) {
                                c.send(s, "conversation", payload);
                            }
                        }
                    }
                    return null;
                }));
    }

    /** Whether a stream may carry the status, before its tags and media are known. */
    private static boolean candidate(Subscription s, Status status, boolean inHome, boolean direct,
                                     Set<String> inLists) {
        if (s.stream().equals(Subscription.USER)) {
            return inHome;
        }
        if (s.isList()) {
            // the viewer's own lists only: another member's list id never matches
            return inLists.contains(s.param()) && (status.visibility() != Visibility.DIRECT || direct);
        }
        if (s.isPublic() || s.isHashtag()) {
            return status.visibility() == Visibility.PUBLIC && !status.isReblog()
                    && (!s.localOnly() || status.local()) && (!s.remoteOnly() || !status.local());
        }
        return false;
    }

    private static boolean matchesContent(Subscription s, StatusView view) {
        if (s.isHashtag()) {
            return view.tags().contains(s.param());
        }
        if (s.mediaOnly()) {
            return !view.mediaAttachments().isEmpty();
        }
        return true;
    }

    /** Whether the viewer mutes the author, or the author of what is boosted (their own statuses never). */
    private Future<Boolean> muted(long viewerId, Status status, Status original) {
        Set<Long> authors = new LinkedHashSet<>();
        if (status.accountId() != viewerId) {
            authors.add(status.accountId());
        }
        if (original.accountId() != viewerId) {
            authors.add(original.accountId());
        }
        return authors.isEmpty() ? Future.succeededFuture(false)
                : sources.mutes().mutedAmong(viewerId, authors).map(muted -> !muted.isEmpty());
    }

    private Future<Boolean> blockedEitherWay(long viewerId, Status status, Status original) {
        Future<Boolean> author = status.accountId() == viewerId ? Future.succeededFuture(false)
                : sources.interactions().blockedEitherWay(viewerId, status.accountId());
        if (original == status || original.accountId() == viewerId) {
            return author;
        }
        return author.compose(b -> b ? Future.succeededFuture(true)
                : sources.interactions().blockedEitherWay(viewerId, original.accountId()));
    }

    /**
     * A deleted status: its row is gone, so the event's author and visibility decide. Public statuses: every public,
     * hashtag and user stream (as Mastodon; clients drop ids they never had; a public status may have entered a home
     * through a followed hashtag or struggle); others: home streams of the author and their followers; direct
     * streams of the author.
     */
    private Future<Void> deleted(StreamEvent event) {
        if (event.statusId() == null || event.accountId() == null) {
            return Future.succeededFuture();
        }
        Visibility visibility = Visibility.parse(event.visibility());
        String id = String.valueOf(event.statusId());
        Map<Long, List<StreamConnection>> viewers = byViewer(Subscription::carriesStatuses);
        List<Future<Void>> sent = new ArrayList<>();
        viewers.forEach((viewerId, conns) -> {
            boolean own = viewerId.longValue() == event.accountId();
            boolean wantsUser = conns.stream().anyMatch(c -> c.subscriptions().stream()
                    .anyMatch(s -> s.stream().equals(Subscription.USER)));
            boolean isPublic = visibility == Visibility.PUBLIC;
            Future<Boolean> follows = own || !wantsUser ? Future.succeededFuture(own)
                    : sources.follows().isFollowing(viewerId, event.accountId());
            sent.add(follows.map(following -> {
                for (StreamConnection c : conns) {
                    for (Subscription s : c.subscriptions()) {
                        boolean send = switch (s.stream()) {
                            // a public status may have come through a followed hashtag or struggle
                            case Subscription.USER -> following || isPublic;
                            case Subscription.LIST -> following;
                            case Subscription.DIRECT -> own && visibility == Visibility.DIRECT;
                            default -> (s.isPublic() || s.isHashtag()) && visibility == Visibility.PUBLIC;
                        };
                        if (send && c.grants(s.scope())) {
                            c.send(s, "delete", id);
                        }
                    }
                }
                return null;
            }));
        });
        return Future.join(sent).mapEmpty();
    }

    /** A notification goes to its member's user and user:notification streams, rendered as the API renders it. */
    private Future<Void> notification(StreamEvent event) {
        if (event.accountId() == null || event.notificationId() == null) {
            return Future.succeededFuture();
        }
        List<StreamConnection> conns = connections.stream()
                .filter(c -> c.account().id() == event.accountId() && c.grants("read:notifications"))
                .filter(c -> c.subscriptions().stream().anyMatch(StreamHub::carriesNotifications))
                .toList();
        if (conns.isEmpty()) {
            return Future.succeededFuture();
        }
        Account member = conns.get(0).account();
        return sources.notifications().find(member.id(), event.notificationId())
                .compose(found -> found.isEmpty() ? Future.succeededFuture(List.<io.vertx.core.json.JsonObject>of())
                        : sources.notificationEntities().render(List.of(found.get()), member))
                .map(rendered -> {
                    if (rendered.isEmpty()) {
                        return null;
                    }
                    String payload = rendered.get(0).encode();
                    for (StreamConnection c : conns) {
                        for (Subscription s : c.subscriptions()) {
                            if (carriesNotifications(s)) {
                                c.send(s, "notification", payload);
                            }
                        }
                    }
                    return null;
                });
    }

    private static boolean carriesNotifications(Subscription s) {
        return s.stream().equals(Subscription.USER) || s.stream().equals(Subscription.NOTIFICATIONS);
    }
}
