package org.serge.core.filter;

import io.vertx.core.Future;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;

/**
 * A member's filters (Mastodon's filters v2), private to them: another member's filter does not exist (404).
 * A filter needs a title and at least one context; keywords are added, changed and removed through
 * {@code keywords_attributes}.
 */
public final class FilterService {

    public static final Set<String> CONTEXTS = Set.of("home", "notifications", "public", "thread", "account");
    public static final Set<String> ACTIONS = Set.of("warn", "hide");
    static final int MAX_FILTERS = 100;
    static final int MAX_KEYWORDS = 100;
    static final int MAX_TEXT = 256;

    private final FilterRepository filters;

    public FilterService(FilterRepository filters) {
        this.filters = filters;
    }

    public Future<List<Filter>> all(Account owner) {
        return filters.all(owner.id());
    }

    public Future<Filter> get(Account owner, long id) {
        return filters.find(owner.id(), id).compose(found -> found.map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(ServiceException.notFound("Record not found"))));
    }

    public Future<Filter> create(Account owner, FilterInput input) {
        Filter filter;
        try {
            filter = build(Snowflake.next(), owner.id(), input, null);
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        return filters.count(owner.id()).compose(n -> n >= MAX_FILTERS
                ? Future.failedFuture(ServiceException.unprocessable("You can't make more than " + MAX_FILTERS
                + " filters"))
                : filters.save(filter, List.of()).compose(v -> get(owner, filter.id())));
    }

    public Future<Filter> update(Account owner, long id, FilterInput input) {
        return get(owner, id).compose(current -> {
            Filter filter;
            List<Long> removed = new ArrayList<>();
            try {
                filter = build(id, owner.id(), input, current);
                Set<Long> kept = filter.keywords().stream().map(FilterKeyword::id).collect(Collectors.toSet());
                current.keywords().forEach(k -> {
                    if (!kept.contains(k.id())) {
                        removed.add(k.id());
                    }
                });
            } catch (ServiceException e) {
                return Future.failedFuture(e);
            }
            return filters.save(filter, removed).compose(v -> get(owner, id));
        });
    }

    public Future<Void> delete(Account owner, long id) {
        return filters.delete(owner.id(), id).compose(deleted -> deleted ? Future.<Void>succeededFuture()
                : Future.failedFuture(ServiceException.notFound("Record not found")));
    }

    private static Filter build(long id, long ownerId, FilterInput in, Filter current) {
        String title = in.title() != null ? in.title().strip() : current == null ? null : current.title();
        if (title == null || title.isBlank()) {
            throw ServiceException.unprocessable("Title can't be blank");
        }
        if (title.length() > MAX_TEXT) {
            throw ServiceException.unprocessable("Title is too long");
        }
        List<String> contexts = in.contexts() != null ? List.copyOf(new LinkedHashSet<>(in.contexts()))
                : current == null ? List.of() : current.contexts();
        if (contexts.isEmpty()) {
            throw ServiceException.unprocessable("Context can't be blank");
        }
        if (!CONTEXTS.containsAll(contexts)) {
            throw ServiceException.unprocessable("context must be home, notifications, public, thread or account");
        }
        String action = in.action() != null ? in.action() : current == null ? "warn" : current.action();
        if (!ACTIONS.contains(action)) {
            throw ServiceException.unprocessable("filter_action must be warn or hide");
        }
        OffsetDateTime expires = current == null ? null : current.expiresAt();
        if (in.expiresIn() != null) {
            if (in.expiresIn() < 0) {
                throw ServiceException.unprocessable("expires_in must be a number of seconds");
            }
            expires = in.expiresIn() == 0 ? null : OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS)
                    .plusSeconds(Math.min(in.expiresIn(), 100L * 366 * 24 * 3600));
        }
        return new Filter(id, ownerId, title, contexts, action, expires, keywords(in.keywords(), current));
    }

    private static List<FilterKeyword> keywords(List<KeywordChange> changes, Filter current) {
        Map<Long, FilterKeyword> byId = current == null ? Map.of()
                : current.keywords().stream().collect(Collectors.toMap(FilterKeyword::id, Function.identity()));
        Map<Long, FilterKeyword> result = new java.util.LinkedHashMap<>(byId);
        for (KeywordChange change : changes) {
            if (change.id() != null) {
                FilterKeyword existing = byId.get(change.id());
                if (existing == null) {
                    throw ServiceException.notFound("Record not found");
                }
                if (change.destroy()) {
                    result.remove(change.id());
                    continue;
                }
                String word = change.keyword() == null ? existing.keyword() : keyword(change.keyword());
                result.put(existing.id(), new FilterKeyword(existing.id(), word,
                        change.wholeWord() == null ? existing.wholeWord() : change.wholeWord()));
            } else if (!change.destroy()) {
                long newId = Snowflake.next();
                result.put(newId, new FilterKeyword(newId, keyword(change.keyword()),
                        change.wholeWord() == null || change.wholeWord()));
            }
        }
        if (result.size() > MAX_KEYWORDS) {
            throw ServiceException.unprocessable("A filter has at most " + MAX_KEYWORDS + " keywords");
        }
        return new ArrayList<>(result.values());
    }

    private static String keyword(String keyword) {
        if (keyword == null || keyword.isBlank()) {
            throw ServiceException.unprocessable("Keyword can't be blank");
        }
        if (keyword.length() > MAX_TEXT) {
            throw ServiceException.unprocessable("Keyword is too long");
        }
        return keyword.strip();
    }
}
