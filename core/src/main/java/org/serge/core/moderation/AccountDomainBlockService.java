package org.serge.core.moderation;

import io.vertx.core.Future;
import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.follow.FollowService;

/**
 * A member's domain blocks, as Mastodon's: the statuses and notifications of accounts on the domain leave the
 * member's timelines and notifications, following either way is refused, and blocking removes the follows both
 * ways: the member's follows and requests to the domain's accounts are undone (Undo Follow), its accounts' follows
 * of the member removed and their pending requests rejected (Reject). Blocks are exact domains (host, or host:port
 * as accounts carry them), never federated.
 */
public final class AccountDomainBlockService {

    public static final int MAX_DOMAIN = 253;
    private static final Pattern DOMAIN = Pattern.compile(
            "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::[0-9]{1,5})?");

    private final AccountDomainBlockRepository blocks;
    private final FollowService follows;
    private final String localDomain;

    public AccountDomainBlockService(AccountDomainBlockRepository blocks, FollowService follows, String localDomain) {
        this.blocks = blocks;
        this.follows = follows;
        this.localDomain = localDomain.toLowerCase(Locale.ROOT);
    }

    public Future<Void> block(Account member, String domain) {
        String normalised = normalise(domain);
        if (normalised.equals(localDomain)) {
            return Future.failedFuture(ServiceException.unprocessable("you can't block your own domain"));
        }
        return blocks.block(member.id(), normalised).compose(v -> removeFollows(member, normalised));
    }

    public Future<Void> unblock(Account member, String domain) {
        return blocks.unblock(member.id(), normalise(domain));
    }

    private Future<Void> removeFollows(Account member, String domain) {
        return blocks.followedOn(member.id(), domain)
                .compose(targets -> each(targets, target -> follows.unfollow(member, target)))
                .compose(v -> blocks.followersOn(member.id(), domain))
                .compose(followers -> each(followers, follower -> follows.removeFollower(member, follower)))
                .compose(v -> blocks.requestersOn(member.id(), domain))
                .compose(requesters -> each(requesters, requester -> follows.rejectRequest(member, requester.id())));
    }

    private static Future<Void> each(List<Account> accounts, Function<Account, Future<Void>> action) {
        Future<Void> chain = Future.succeededFuture();
        for (Account account : accounts) {
            chain = chain.compose(v -> action.apply(account));
        }
        return chain;
    }

    /**
     * A domain as accounts carry it: lower-case, international names in their ASCII form; a URL's host is taken.
     * Anything that is not a host name (with an optional port) is a 422.
     */
    static String normalise(String domain) {
        if (domain == null || domain.isBlank()) {
            throw ServiceException.unprocessable("domain is required");
        }
        String text = domain.strip();
        int scheme = text.indexOf("://");
        if (scheme >= 0) {
            text = text.substring(scheme + 3);
        }
        int slash = text.indexOf('/');
        if (slash >= 0) {
            text = text.substring(0, slash);
        }
        int colon = text.lastIndexOf(':');
        String port = colon < 0 ? "" : text.substring(colon);
        String host = colon < 0 ? text : text.substring(0, colon);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        try {
            text = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT) + port;
        } catch (IllegalArgumentException e) {
            throw ServiceException.unprocessable("domain is not a valid domain name");
        }
        if (text.length() > MAX_DOMAIN || !DOMAIN.matcher(text).matches()) {
            throw ServiceException.unprocessable("domain is not a valid domain name");
        }
        return text;
    }
}
