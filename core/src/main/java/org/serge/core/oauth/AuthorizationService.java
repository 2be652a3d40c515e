package org.serge.core.oauth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Set;
import org.serge.core.crypto.PasswordHasher;
import org.serge.core.crypto.SecretTokens;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;

/**
 * The authorization endpoint's rules: which requests may be shown to a member, the member's password login
 * (Argon2id on a worker thread, throttled), and the single-use code given back to the client.
 */
public final class AuthorizationService {

    static final int CODE_LIFETIME_SECONDS = 600;
    private static final int MAX_LOGIN = 320;
    // checked when the login name is unknown, so that a wrong name takes as long as a wrong password
    private static final String DUMMY_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$N+tuj5n9ayL0T+SWXMtlAw$gKefS2IoHBvnIkCEqPRXMIzvylwf3f6q8jnw+yqF2w4";

    private final Vertx vertx;
    private final ApplicationService applications;
    private final CredentialRepository credentials;
    private final LoginThrottle throttle;
    private final AuthorizationCodeRepository codes;

    public AuthorizationService(Vertx vertx, ApplicationService applications, CredentialRepository credentials,
                                LoginThrottle throttle, AuthorizationCodeRepository codes) {
        this.vertx = vertx;
        this.applications = applications;
        this.credentials = credentials;
        this.throttle = throttle;
        this.codes = codes;
    }

    /**
     * Checks a request. Fails with invalid_client when the client or the redirect URI is not registered: then
     * nothing may be sent to the redirect URI.
     */
    public Future<ValidAuthorization> validate(AuthorizationRequest request) {
        return applications.byClientId(request.clientId()).map(app -> {
            String redirectUri = request.redirectUri();
            if ((redirectUri == null || redirectUri.isEmpty()) && app.redirectUris().size() == 1) {
                redirectUri = app.redirectUris().get(0);
            }
            if (redirectUri == null || !app.redirectUris().contains(redirectUri)) {
                throw new OAuthException(400, "invalid_redirect_uri",
                        "The redirect URI included is not valid.");
            }
            if (!"code".equals(request.responseType())) {
                throw OAuthException.unsupportedResponseType();
            }
            Set<String> scopes = ScopeText.request(request.scope(), app.scopes());
            String challenge = request.codeChallenge();
            String method = request.codeChallengeMethod();
            if (challenge == null || challenge.isEmpty()) {
                if (method != null && !method.isEmpty()) {
                    throw OAuthException.invalidRequest("The code challenge is missing.");
                }
                challenge = null;
            } else if (!Pkce.S256.equals(method)) {
                throw OAuthException.invalidRequest("The code challenge method must be S256.");
            } else if (!Pkce.isWellFormed(challenge)) {
                throw OAuthException.invalidRequest("The code challenge is malformed.");
            }
            String state = request.state() == null || request.state().isEmpty() ? null : request.state();
            return new ValidAuthorization(app, redirectUri, scopes, state, challenge);
        });
    }

    /**
     * Logs a member in by username or email and password, then issues a code for the request. Fails with 401
     * for a wrong login or password and 429 once the throttle refuses more attempts.
     */
    public Future<String> authorize(ValidAuthorization authorization, String login, String password) {
        if (login == null || login.isBlank() || login.length() > MAX_LOGIN || password == null || password.isEmpty()) {
            return Future.failedFuture(ServiceException.unauthorized("Wrong username, email or password."));
        }
        String name = login.strip().replaceFirst("^@", "");
        byte[] clientKey = LoginThrottle.clientKey(authorization.application().id());
        return credentials.findByLogin(name).compose(found -> {
            MemberCredentials member = found.orElse(null);
            byte[] accountKey = LoginThrottle.accountKey(member, name);
            return throttle.allowed(accountKey, clientKey).compose(allowed -> {
                if (!allowed) {
                    return Future.failedFuture(new ServiceException(429,
                            "Too many failed logins. Try again in a quarter of an hour."));
                }
                return vertx.executeBlocking(() -> PasswordHasher.verify(password,
                                member != null ? member.passwordHash() : DUMMY_HASH), false)
                        .compose(ok -> ok && member != null
                                ? throttle.clear(accountKey).compose(v -> issueCode(authorization, member.accountId()))
                                : throttle.recordFailure(accountKey, clientKey).compose(v -> Future.failedFuture(
                                        ServiceException.unauthorized("Wrong username, email or password."))));
            });
        });
    }

    private Future<String> issueCode(ValidAuthorization authorization, long accountId) {
        String code = SecretTokens.random(32);
        return codes.insert(Snowflake.next(), SecretTokens.sha256(code), authorization.application().id(), accountId,
                        ScopeText.join(authorization.scopes()), authorization.redirectUri(),
                        authorization.codeChallenge(), CODE_LIFETIME_SECONDS)
                .map(code);
    }
}
