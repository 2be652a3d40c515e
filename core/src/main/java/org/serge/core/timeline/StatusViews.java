package org.serge.core.timeline;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.serge.core.account.Account;
import org.serge.core.account.AccountRowMapper;
import org.serge.core.account.AccountView;
import org.serge.core.account.AccountViews;
import org.jsoup.Jsoup;
import org.serge.core.filter.Filter;
import org.serge.core.filter.FilterMatcher;
import org.serge.core.filter.FilterRepository;
import org.serge.core.poll.PollVoteRepository;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;
import org.serge.core.status.StatusRowMapper;

/**
 * The batch loader behind every list of statuses in the client API. For any number of statuses and one viewer it
 * loads the boosted originals, authors with their counts, mentions, tags, polls, media, counts, the viewer's
 * favourited, reblogged and bookmarked flags, poll votes and filters, and the replied-to accounts in a constant
 * number of queries (at most nine, eight of them in parallel), never one per status.
 *
 * <p>It does not check visibility: callers pass statuses the viewer may see (timelines select them so).
 */
public final class StatusViews {

    private final Pool pool;
    private final AccountViews accounts;
    private final MediaAttachmentSource media;
    private final PollVoteRepository votes;
    private final FilterRepository filters;

    public StatusViews(Pool pool, AccountViews accounts, MediaAttachmentSource media) {
        this.pool = pool;
        this.accounts = accounts;
        this.media = media;
        this.votes = new PollVoteRepository(pool);
        this.filters = new FilterRepository(pool);
    }

    /** Views of the statuses, in the order given. {@code viewerId} null: an anonymous viewer. */
    public Future<List<StatusView>> load(List<Status> statuses, Long viewerId) {
        if (statuses.isEmpty()) {
            return Future.succeededFuture(List.of());
        }
        Map<Long, Status> all = new LinkedHashMap<>();
        statuses.forEach(s -> all.put(s.id(), s));
        Set<Long> missing = new LinkedHashSet<>();
        statuses.forEach(s -> {
            if (s.reblogOfId() != null && !all.containsKey(s.reblogOfId())) {
                missing.add(s.reblogOfId());
            }
        });
        Future<List<Status>> originals = missing.isEmpty() ? Future.succeededFuture(List.of())
                : pool.preparedQuery("SELECT " + StatusRowMapper.COLUMNS + " FROM statuses s WHERE s.id = ANY($1)")
                        .execute(Tuple.of(missing.toArray(new Long[0])))
                        .map(rows -> {
                            List<Status> found = new ArrayList<>();
                            rows.forEach(row -> found.add(StatusRowMapper.status(row)));
                            return found;
                        });
        return originals.compose(found -> {
            found.forEach(s -> all.put(s.id(), s));
            return loadAll(all, viewerId).map(views -> {
                List<StatusView> ordered = new ArrayList<>(statuses.size());
                statuses.forEach(s -> {
                    StatusView view = views.get(s.id());
                    if (view != null) {
                        ordered.add(view);
                    }
                });
                return ordered;
            });
        });
    }

    /** One status's view; fails with 404 when its author or boosted status has gone meanwhile. */
    public Future<StatusView> loadOne(Status status, Long viewerId) {
        return load(List.of(status), viewerId).compose(views -> views.isEmpty()
                ? Future.failedFuture(org.serge.core.error.ServiceException.notFound("no such status"))
                : Future.succeededFuture(views.get(0)));
    }

    private Future<Map<Long, StatusView>> loadAll(Map<Long, Status> all, Long viewerId) {
        Long[] ids = all.keySet().toArray(new Long[0]);
        Set<Long> authorIds = new LinkedHashSet<>();
        all.values().forEach(s -> authorIds.add(s.accountId()));
        Future<Map<Long, AccountView>> authors = accounts.load(authorIds);
        Future<Map<Long, Stats>> stats = stats(ids, viewerId);
        Future<Map<Long, List<Account>>> mentions = mentions(ids);
        Future<Map<Long, List<String>>> tags = tags(ids);
        Future<Map<Long, Poll>> polls = polls(ids);
        Future<Map<Long, List<io.vertx.core.json.JsonObject>>> attachments = media.forStatuses(all.keySet());
        List<Long> questions = all.values().stream().filter(s -> "Question".equals(s.objectType()))
                .map(Status::id).toList();
        Future<Map<Long, List<Integer>>> ownVotes = viewerId == null || questions.isEmpty()
                ? Future.succeededFuture(Map.of()) : votes.ownVotes(viewerId, questions);
        Future<List<Filter>> active = viewerId == null ? Future.succeededFuture(List.of()) : filters.active(viewerId);
        return Future.all(List.of(authors, stats, mentions, tags, polls, attachments, ownVotes, active)).map(done -> {
            Map<Long, StatusView> views = new HashMap<>();
            // originals first, so that boosts can nest them
            for (boolean boosts : new boolean[]{false, true}) {
                for (Status s : all.values()) {
                    if (s.isReblog() != boosts) {
                        continue;
                    }
                    AccountView author = authors.result().get(s.accountId());
                    if (author == null) {
                        continue;
                    }
                    StatusView reblog = null;
                    if (s.isReblog()) {
                        reblog = views.get(s.reblogOfId());
                        if (reblog == null) {
                            continue;
                        }
                    }
                    Stats st = stats.result().getOrDefault(s.id(), Stats.NONE);
                    Poll poll = polls.result().get(s.id());
                    views.put(s.id(), new StatusView(s, author,
                            mentions.result().getOrDefault(s.id(), List.of()),
                            tags.result().getOrDefault(s.id(), List.of()),
                            poll,
                            attachments.result().getOrDefault(s.id(), List.of()),
                            st.reblogs, st.favourites, st.replies, st.inReplyToAccountId,
                            st.favourited, st.reblogged, reblog, st.bookmarked,
                            viewerId != null && (s.accountId() == viewerId
                                    || ownVotes.result().containsKey(s.id())),
                            ownVotes.result().getOrDefault(s.id(), List.of()),
                            s.isReblog() ? List.of() : FilterMatcher.match(active.result(), filterText(s, poll)),
                            st.pinned));
                }
            }
            return views;
        });
    }

    private Future<Map<Long, Stats>> stats(Long[] ids, Long viewerId) {
        return pool.preparedQuery("SELECT s.id,"
                        + " (SELECT count(*) FROM statuses r WHERE r.reblog_of_id = s.id) AS reblogs,"
                        + " (SELECT count(*) FROM favourites f WHERE f.status_id = s.id) AS favourites,"
                        + " (SELECT count(*) FROM statuses r WHERE r.in_reply_to_id = s.id"
                        + " AND r.visibility <> 'direct') AS replies,"
                        + " EXISTS (SELECT 1 FROM favourites f WHERE f.status_id = s.id AND f.account_id = $2)"
                        + " AS favourited,"
                        + " EXISTS (SELECT 1 FROM statuses r WHERE r.reblog_of_id = s.id AND r.account_id = $2)"
                        + " AS reblogged,"
                        + " EXISTS (SELECT 1 FROM bookmarks b WHERE b.status_id = s.id AND b.account_id = $2)"
                        + " AS bookmarked,"
                        + " EXISTS (SELECT 1 FROM status_pins sp WHERE sp.status_id = s.id AND sp.account_id = $2)"
                        + " AS pinned,"
                        + " p.account_id AS in_reply_to_account_id"
                        + " FROM statuses s LEFT JOIN statuses p ON p.id = s.in_reply_to_id WHERE s.id = ANY($1)")
                .execute(Tuple.of(ids, viewerId))
                .map(rows -> {
                    Map<Long, Stats> stats = new HashMap<>();
                    rows.forEach(row -> stats.put(row.getLong("id"), new Stats(row.getLong("reblogs"),
                            row.getLong("favourites"), row.getLong("replies"),
                            Boolean.TRUE.equals(row.getBoolean("favourited")),
                            Boolean.TRUE.equals(row.getBoolean("reblogged")),
                            row.getLong("in_reply_to_account_id"),
                            Boolean.TRUE.equals(row.getBoolean("bookmarked")),
                            Boolean.TRUE.equals(row.getBoolean("pinned")))));
                    return stats;
                });
    }

    private Future<Map<Long, List<Account>>> mentions(Long[] ids) {
        return pool.preparedQuery("SELECT m.status_id, " + AccountRowMapper.ACCOUNT_COLUMNS
                        + " FROM status_mentions m JOIN accounts a ON a.id = m.account_id"
                        + " WHERE m.status_id = ANY($1) ORDER BY m.status_id, a.id")
                .execute(Tuple.of((Object) ids))
                .map(rows -> {
                    Map<Long, List<Account>> mentions = new HashMap<>();
                    rows.forEach(row -> mentions.computeIfAbsent(row.getLong("status_id"), k -> new ArrayList<>())
                            .add(AccountRowMapper.account(row)));
                    return mentions;
                });
    }

    private Future<Map<Long, List<String>>> tags(Long[] ids) {
        return pool.preparedQuery("SELECT status_id, name FROM status_tags WHERE status_id = ANY($1)"
                        + " ORDER BY status_id, name")
                .execute(Tuple.of((Object) ids))
                .map(rows -> {
                    Map<Long, List<String>> tags = new HashMap<>();
                    rows.forEach(row -> tags.computeIfAbsent(row.getLong(0), k -> new ArrayList<>())
                            .add(row.getString(1)));
                    return tags;
                });
    }

    private Future<Map<Long, Poll>> polls(Long[] ids) {
        return pool.preparedQuery("SELECT status_id, multiple, options, votes, voters_count, expires_at FROM polls"
                        + " WHERE status_id = ANY($1)")
                .execute(Tuple.of((Object) ids))
                .map(rows -> {
                    Map<Long, Poll> polls = new HashMap<>();
                    rows.forEach(row -> polls.put(row.getLong("status_id"), poll(row)));
                    return polls;
                });
    }

    private static Poll poll(Row row) {
        return new Poll(row.getBoolean("multiple"), List.of(row.getArrayOfStrings("options")),
                List.of(row.getArrayOfIntegers("votes")), row.getInteger("voters_count"),
                row.getOffsetDateTime("expires_at"));
    }

    /** Statuses by id, for endpoints that start from ids (notifications, bookmarks); unknown ids are left out. */
    public Future<List<Status>> statuses(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Future.succeededFuture(List.of());
        }
        return pool.preparedQuery("SELECT " + StatusRowMapper.COLUMNS + " FROM statuses s WHERE s.id = ANY($1)")
                .execute(Tuple.of(new LinkedHashSet<>(ids).toArray(new Long[0])))
                .map(rows -> {
                    Map<Long, Status> byId = new HashMap<>();
                    rows.forEach(row -> {
                        Status s = StatusRowMapper.status(row);
                        byId.put(s.id(), s);
                    });
                    List<Status> ordered = new ArrayList<>();
                    new LinkedHashSet<>(ids).forEach(id -> Optional.ofNullable(byId.get(id)).ifPresent(ordered::add));
                    return ordered;
                });
    }

    /** What filters' keywords are matched against: the content warning, the text and the poll's options. */
    private static String filterText(Status s, Poll poll) {
        StringBuilder text = new StringBuilder();
        if (s.spoilerText() != null) {
            text.append(s.spoilerText()).append("\n\n");
        }
        if (s.title() != null) {
            text.append(s.title()).append("\n\n");
        }
        if (s.content() != null && !s.content().isEmpty()) {
            text.append(Jsoup.parse(s.content()).text());
        }
        if (poll != null) {
            poll.options().forEach(option -> text.append("\n\n").append(option));
        }
        return text.toString();
    }

    private record Stats(long reblogs, long favourites, long replies, boolean favourited, boolean reblogged,
                         Long inReplyToAccountId, boolean bookmarked, boolean pinned) {
        static final Stats NONE = new Stats(0, 0, 0, false, false, null, false, false);
    }
}
