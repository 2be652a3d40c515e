package org.serge.core.lists;

import io.vertx.core.Future;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.paging.PagedResult;
import org.serge.core.status.Status;
import org.serge.core.timeline.Page;
import org.serge.core.timeline.TimelineRepository;

/**
 * A member's lists, private to them: another member's list does not exist (404). A list holds accounts its owner
 * follows (or asked to follow), as on Mastodon; its timeline shows their statuses.
 */
public final class ListService {

    public static final int MAX_LISTS = 50;
    public static final int MAX_TITLE = 256;
    public static final int MAX_ACCOUNTS_PER_CALL = 250;
    public static final Set<String> REPLIES_POLICIES = Set.of("followed", "list", "none");

    private final ListRepository lists;
    private final TimelineRepository timelines;

    public ListService(ListRepository lists, TimelineRepository timelines) {
        this.lists = lists;
        this.timelines = timelines;
    }

    public Future<List<MemberList>> all(Account owner) {
        return lists.all(owner.id());
    }

    public Future<MemberList> get(Account owner, long id) {
        return lists.find(owner.id(), id).compose(found -> found.map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(ServiceException.notFound("Record not found"))));
    }

    public Future<MemberList> create(Account owner, String title, String repliesPolicy, Boolean exclusive) {
        String policy = repliesPolicy == null ? "list" : repliesPolicy;
        try {
            check(title, policy);
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        return lists.count(owner.id()).compose(n -> n >= MAX_LISTS
                ? Future.failedFuture(ServiceException.unprocessable("You can't make more than " + MAX_LISTS + " lists"))
                : lists.insert(owner.id(), title.strip(), policy, Boolean.TRUE.equals(exclusive)));
    }

    /** Changes what is given (null keeps the current value). */
    public Future<MemberList> update(Account owner, long id, String title, String repliesPolicy, Boolean exclusive) {
        return get(owner, id).compose(current -> {
            String newTitle = title == null ? current.title() : title;
            String policy = repliesPolicy == null ? current.repliesPolicy() : repliesPolicy;
            try {
                check(newTitle, policy);
            } catch (ServiceException e) {
                return Future.failedFuture(e);
            }
            return lists.update(owner.id(), id, newTitle.strip(), policy,
                            exclusive == null ? current.exclusive() : exclusive)
                    .compose(found -> found.map(Future::succeededFuture)
                            .orElseGet(() -> Future.failedFuture(ServiceException.notFound("Record not found"))));
        });
    }

    public Future<Void> delete(Account owner, long id) {
        return lists.delete(owner.id(), id).compose(deleted -> deleted ? Future.<Void>succeededFuture()
                : Future.failedFuture(ServiceException.notFound("Record not found")));
    }

    public Future<PagedResult<Long>> accountIds(Account owner, long id, Page page) {
        return get(owner, id).compose(list -> lists.accountIds(list.id(), page));
    }

    /** Adds accounts the owner follows; any other account makes it a 422 and nothing is added. */
    public Future<Void> addAccounts(Account owner, long id, List<Long> accountIds) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(accountIds));
        if (distinct.isEmpty() || distinct.size() > MAX_ACCOUNTS_PER_CALL) {
            return Future.failedFuture(ServiceException.unprocessable(
                    "account_ids must name 1 to " + MAX_ACCOUNTS_PER_CALL + " accounts"));
        }
        return get(owner, id).compose(list -> lists.followedOrRequested(owner.id(), distinct).compose(followed ->
                followed.size() < distinct.size()
                        ? Future.failedFuture(ServiceException.unprocessable("You must follow an account to add it to a list"))
                        : lists.addAccounts(list.id(), distinct)));
    }

    public Future<Void> removeAccounts(Account owner, long id, List<Long> accountIds) {
        return get(owner, id).compose(list -> accountIds.isEmpty() ? Future.succeededFuture()
                : lists.removeAccounts(list.id(), accountIds));
    }

    public Future<List<MemberList>> containing(Account owner, long accountId) {
        return lists.containing(owner.id(), accountId);
    }

    public Future<List<Status>> timeline(Account owner, long id, Page page) {
        return get(owner, id).compose(list -> timelines.list(list.id(), owner.id(), list.repliesPolicy(), page));
    }

    private static void check(String title, String policy) {
        if (title == null || title.isBlank()) {
            throw ServiceException.unprocessable("Title can't be blank");
        }
        if (title.length() > MAX_TITLE) {
            throw ServiceException.unprocessable("Title is too long");
        }
        if (!REPLIES_POLICIES.contains(policy)) {
            throw ServiceException.unprocessable("replies_policy must be followed, list or none");
        }
    }
}
