package org.serge.core.account;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.serge.core.crypto.PasswordHasher;
import org.serge.core.crypto.SecretTokens;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;

/** The rules for local accounts: who may be created, with what keys and password, and how they are found. */
public final class AccountService {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Vertx vertx;
    private final Pool pool;
    private final AccountRepository accounts;
    private final Set<String> reservedUsernames;

    public AccountService(Vertx vertx, Pool pool, AccountRepository accounts, Set<String> reservedUsernames) {
        this.vertx = vertx;
        this.pool = pool;
        this.accounts = accounts;
        this.reservedUsernames = reservedUsernames.stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Creates a member who can log in, with fresh keys and a generated password that is returned once. */
    public Future<CreatedAccount> createMember(NewAccount request) {
        if (!Usernames.isValid(request.username())) {
            return Future.failedFuture(ServiceException.unprocessable(
                    "a username has 1 to 30 letters, digits or underscores (dots and dashes inside)"));
        }
        if (reservedUsernames.contains(request.username().toLowerCase(Locale.ROOT))) {
            return Future.failedFuture(ServiceException.unprocessable("that username is reserved"));
        }
        if (request.email() != null && !request.email().matches("[^@\\s]+@[^@\\s]+")) {
            return Future.failedFuture(ServiceException.unprocessable("that email address is not valid"));
        }
        String password = SecretTokens.random(18);
        return accounts.localUsernameTaken(request.username())
                .compose(taken -> taken
                        ? Future.failedFuture(ServiceException.conflict("that username is taken"))
                        : emailFree(request.email()))
                .compose(free -> vertx.executeBlocking(() -> new Prepared(AccountKeys.generate(),
                        PasswordHasher.hash(password))))
                .compose(prepared -> pool.withTransaction(tx -> {
                    long id = Snowflake.next();
                    return accounts.insertLocal(tx, id, request, prepared.keys())
                            .compose(account -> accounts.insertUser(tx, id, request.email(),
                                            prepared.passwordHash(), request.admin())
                                    .map(account));
                }))
                .recover(AccountService::translateUniqueViolation)
                .map(account -> new CreatedAccount(account, password));
    }

    /**
     * Makes sure one of the node's own actors (its Application or its organisation's Group) exists, and that its
     * name and summary are those of the configuration.
     */
    public Future<LocalActor> ensureNodeActor(NewAccount spec) {
        return accounts.findLocalActor(spec.username())
                .compose(found -> found.isPresent()
                        ? accounts.updateProfile(found.get().account().id(), spec.displayName(), spec.summary())
                                .compose(v -> accounts.findLocalActor(spec.username())).map(o -> o.orElseThrow())
                        : createNodeActor(spec));
    }

    public Future<LocalActor> localActor(String username) {
        return findValid(username)
                .compose(found -> found
                        .filter(actor -> actor.account().actorType() != ActorType.Application)
                        .map(Future::succeededFuture)
                        .orElseGet(() -> Future.failedFuture(ServiceException.notFound("no such account"))));
    }

    /** Any local actor by username, the node's own Application and Group included (for WebFinger). */
    public Future<LocalActor> anyLocalActor(String username) {
        return findValid(username)
                .compose(found -> found.map(Future::succeededFuture)
                        .orElseGet(() -> Future.failedFuture(ServiceException.notFound("no such account"))));
    }

    public Future<LocalActor> applicationActor() {
        return accounts.findLocalActorByType(ActorType.Application)
                .compose(found -> found.map(Future::succeededFuture)
                        .orElseGet(() -> Future.failedFuture(ServiceException.notFound("no application actor"))));
    }

    /** Looks a username up only when it could exist: malformed names (NUL bytes, overlong) are simply unknown. */
    private Future<java.util.Optional<LocalActor>> findValid(String username) {
        return Usernames.isValid(username) ? accounts.findLocalActor(username)
                : Future.succeededFuture(java.util.Optional.empty());
    }

    public Future<Long> countMembers() {
        return accounts.countLocalUsers();
    }

    private Future<LocalActor> createNodeActor(NewAccount spec) {
        return vertx.executeBlocking(AccountKeys::generate)
                .compose(keys -> pool.withTransaction(tx -> accounts.insertLocal(tx, Snowflake.next(), spec, keys))
                        .map(account -> new LocalActor(account, keys)))
                .recover(error -> isUniqueViolation(error)
                        // another process created it at the same moment
                        ? accounts.findLocalActor(spec.username()).map(o -> o.orElseThrow())
                        : Future.failedFuture(error));
    }

    private Future<Void> emailFree(String email) {
        if (email == null) {
            return Future.succeededFuture();
        }
        return accounts.emailTaken(email).compose(taken -> taken
                ? Future.failedFuture(ServiceException.conflict("that email address is taken"))
                : Future.succeededFuture());
    }

    private static <T> Future<T> translateUniqueViolation(Throwable error) {
        return isUniqueViolation(error)
                ? Future.failedFuture(ServiceException.conflict("that username or email address is taken"))
                : Future.failedFuture(error);
    }

    private static boolean isUniqueViolation(Throwable error) {
        return error instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState());
    }

    private record Prepared(AccountKeys keys, String passwordHash) {
    }
}
