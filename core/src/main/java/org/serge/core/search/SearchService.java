package org.serge.core.search;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.serge.core.account.Account;
import org.serge.core.account.AccountResolver;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.error.ServiceException;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.StatusVisibilityPolicy;

/**
 * Search as Mastodon clients use it. A handle ({@code user@host}, {@code @user@host}) or an address
 * ({@code https://...}) names one thing: with resolve it is looked up on its server through WebFinger and a signed
 * fetch (this is how a member finds someone on another node, or a remote status to reply to, boost or vote in),
 * without it only what this node knows is found.
 * Anything else is a prefix of account names and hashtags and words of statuses. Lookups that fail find nothing.
 */
public final class SearchService {

    private static final Pattern HANDLE = Pattern.compile("^@?([\\w.\\-]+)@([\\w.\\-]+(?::\\d{1,5})?)$");
    private static final Pattern HASHTAG = Pattern.compile("^#?([\\p{L}\\p{N}_]+)$");
    private static final int MAX_QUERY = 500;

    private final SearchRepository search;
    private final AccountResolver resolver;
    private final RemoteAccountRepository accounts;
    private final StatusRepository statuses;
    private final StatusVisibilityPolicy visibility;
    private final String domain;
    private final StatusResolver statusResolver;

    public SearchService(SearchRepository search, AccountResolver resolver, RemoteAccountRepository accounts,
                         StatusRepository statuses, StatusVisibilityPolicy visibility, String domain) {
        this(search, resolver, accounts, statuses, visibility, domain, StatusResolver.NONE);
    }

    /** With {@code statusResolver}, an address with resolve also finds a remote status this node did not have. */
    public SearchService(SearchRepository search, AccountResolver resolver, RemoteAccountRepository accounts,
                         StatusRepository statuses, StatusVisibilityPolicy visibility, String domain,
                         StatusResolver statusResolver) {
        this.statusResolver = statusResolver;
        this.search = search;
        this.resolver = resolver;
        this.accounts = accounts;
        this.statuses = statuses;
        this.visibility = visibility;
        this.domain = domain.toLowerCase(Locale.ROOT);
    }

    /** Searches; viewer is null for a request without a member's token (then resolve and offset are refused). */
    public Future<SearchResults> search(Account viewer, SearchQuery query) {
        String q = query.q() == null ? "" : query.q().strip();
        if (q.isEmpty()) {
            return Future.succeededFuture(new SearchResults(List.of(), List.of(), List.of()));
        }
        if (q.length() > MAX_QUERY) {
            return Future.failedFuture(ServiceException.unprocessable("the query is too long"));
        }
        if (viewer == null && (query.resolve() || query.offset() > 0 || query.following())) {
            return Future.failedFuture(ServiceException.unauthorized(
                    "Search queries that resolve remote resources or page are not supported without authentication"));
        }
        boolean address = q.startsWith("https://") || q.startsWith("http://");
        Matcher handle = HANDLE.matcher(q);
        if (address) {
            return byAddress(viewer, q, query);
        }
        Future<List<Account>> found = !query.wants("accounts") ? Future.succeededFuture(List.of())
                : handle.matches() ? byHandle(viewer, handle.group(1), handle.group(2), query)
                : byPrefix(viewer, q.startsWith("@") ? q.substring(1) : q, null, query);
        Future<List<Long>> statusIds = !query.wants("statuses") || handle.matches() ? Future.succeededFuture(List.of())
                : search.statuses(viewer == null ? null : viewer.id(), q, query.accountId(), query.limit(),
                        query.offset());
        Matcher tag = HASHTAG.matcher(q);
        Future<List<String>> tags = !query.wants("hashtags") || !tag.matches() ? Future.succeededFuture(List.of())
                : search.hashtags(tag.group(1).toLowerCase(Locale.ROOT), query.limit(), query.offset());
        return Future.all(found, statusIds, tags)
                .map(done -> new SearchResults(found.result(), statusIds.result(), tags.result()));
    }

    private Future<List<Account>> byHandle(Account viewer, String username, String host, SearchQuery query) {
        String normalised = host.toLowerCase(Locale.ROOT);
        if (normalised.equals(domain)) {
            return byPrefix(viewer, username, "", query);
        }
        if (!query.resolve() || query.offset() > 0) {
            return byPrefix(viewer, username, normalised, query);
        }
        return resolver.resolveHandle(username, normalised)
                .map(List::of)
                .otherwise(e -> List.<Account>of())
                .compose(found -> following(viewer, query, found));
    }

    private Future<List<Account>> byPrefix(Account viewer, String username, String host, SearchQuery query) {
        if (username.isEmpty()) {
            return Future.succeededFuture(List.of());
        }
        return search.accounts(username, host, query.following() ? viewer.id() : null, query.limit(), query.offset())
                .compose(this::inOrder);
    }

    /** An address names a status this node has, or an account (fetched with resolve). */
    private Future<SearchResults> byAddress(Account viewer, String address, SearchQuery query) {
        if (query.offset() > 0) {
            return Future.succeededFuture(new SearchResults(List.of(), List.of(), List.of()));
        }
        Future<Optional<Long>> status = !query.wants("statuses") ? Future.succeededFuture(Optional.empty())
                : visibleStatus(viewer, address).compose(known -> known.isPresent() || !query.resolve() || viewer == null
                        ? Future.succeededFuture(known)
                        : statusResolver.resolve(address).otherwise(Optional.empty()).compose(fetched -> fetched.isEmpty()
                                ? Future.succeededFuture(fetched) : visibleStatus(viewer, fetched.get())));
        return status.compose(found -> {
            if (found.isPresent()) {
                return Future.succeededFuture(new SearchResults(List.of(), List.of(found.get()), List.of()));
            }
            if (!query.wants("accounts")) {
                return Future.succeededFuture(new SearchResults(List.of(), List.of(), List.of()));
            }
            Future<Optional<Account>> account = query.resolve()
                    ? resolver.resolveUri(address).map(Optional::of)
                    : accounts.findByUri(address);
            return account.otherwise(e -> Optional.empty())
                    .compose(a -> following(viewer, query, a.map(List::of).orElse(List.of())))
                    .map(list -> new SearchResults(list, List.of(), List.of()));
        });
    }

    private Future<Optional<Long>> visibleStatus(Account viewer, String address) {
        return search.statusByUriOrUrl(address).compose(id -> id.isEmpty() ? Future.succeededFuture(Optional.empty())
                : visibleStatus(viewer, id.get()));
    }

    private Future<Optional<Long>> visibleStatus(Account viewer, long statusId) {
        Optional<Long> id = Optional.of(statusId);
        return statuses.findById(statusId).compose(status -> status.isEmpty()
                ? Future.succeededFuture(Optional.empty())
                : visibility.visibleTo(status.get(), viewer).map(visible -> visible ? id : Optional.<Long>empty()));
    }

    /** With following=true, keeps only the accounts the viewer follows (checked in SQL by prefix search). */
    private Future<List<Account>> following(Account viewer, SearchQuery query, List<Account> found) {
        if (!query.following() || found.isEmpty()) {
            return Future.succeededFuture(found);
        }
        List<Long> ids = found.stream().map(Account::id).toList();
        return search.followed(viewer.id(), ids)
                .map(followed -> found.stream().filter(a -> followed.contains(a.id())).toList());
    }

    private Future<List<Account>> inOrder(List<Long> ids) {
        return accounts.findByIds(ids).map(loaded -> {
            Map<Long, Account> byId = loaded.stream().collect(Collectors.toMap(Account::id, Function.identity()));
            List<Account> ordered = new ArrayList<>();
            ids.forEach(id -> {
                if (byId.containsKey(id)) {
                    ordered.add(byId.get(id));
                }
            });
            return ordered;
        });
    }
}
