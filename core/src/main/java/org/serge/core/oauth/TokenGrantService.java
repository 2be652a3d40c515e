package org.serge.core.oauth;

import io.vertx.core.Future;
import java.util.Set;
import org.serge.core.crypto.SecretTokens;
import org.serge.core.id.Snowflake;

/**
 * The token endpoint's rules: authorization codes (single use, bound to their client, redirect URI and PKCE
 * challenge) and client credentials are exchanged for bearer tokens that do not expire; clients revoke their own.
 */
public final class TokenGrantService {

    private static final String BAD_CODE = "The provided authorization grant is invalid, expired, revoked, does not"
            + " match the redirection URI used in the authorization request, or was issued to another client.";

    private final ApplicationService applications;
    private final AuthorizationCodeRepository codes;
    private final AccessTokenRepository tokens;
    private final RevocationListener listener;

    public TokenGrantService(ApplicationService applications, AuthorizationCodeRepository codes,
                             AccessTokenRepository tokens, RevocationListener listener) {
        this.applications = applications;
        this.codes = codes;
        this.tokens = tokens;
        this.listener = listener;
    }

    public Future<IssuedToken> exchangeCode(String clientId, String clientSecret, String code, String redirectUri,
                                            String codeVerifier) {
        return applications.authenticate(clientId, clientSecret).compose(app -> {
            if (code == null || code.isEmpty() || code.length() > 200) {
                return Future.failedFuture(OAuthException.invalidRequest("The code is missing."));
            }
            byte[] hash = SecretTokens.sha256(code);
            return codes.consume(hash).compose(found -> {
                if (found.isEmpty()) {
                    // a code presented twice may have leaked: what it was exchanged for goes too (RFC 6749 4.1.2)
                    return tokens.revokeIssuedForCode(hash)
                            .onSuccess(revoked -> revoked.forEach(listener::revoked))
                            .compose(revoked -> Future.failedFuture(OAuthException.invalidGrant(BAD_CODE)));
                }
                AuthorizationCode grant = found.get();
                if (grant.expired() || grant.applicationId() != app.id()
                        || !grant.redirectUri().equals(redirectUri)
                        || (grant.codeChallenge() != null && !Pkce.verify(grant.codeChallenge(), codeVerifier))) {
                    return Future.failedFuture(OAuthException.invalidGrant(BAD_CODE));
                }
                return issue(grant.accountId(), app.id(), grant.scopes())
                        .compose(issued -> codes.linkToken(grant.id(), issued.tokenId()).map(issued.token()));
            });
        });
    }

    public Future<IssuedToken> clientCredentials(String clientId, String clientSecret, String scope) {
        return applications.authenticate(clientId, clientSecret)
                .compose(app -> {
                    Set<String> scopes;
                    try {
                        scopes = ScopeText.request(scope, app.scopes());
                    } catch (OAuthException e) {
                        return Future.failedFuture(e);
                    }
                    return issue(null, app.id(), scopes).map(Issued::token);
                });
    }

    /** Revokes a token of this client; unknown tokens and tokens of other clients are left alone, silently. */
    public Future<Void> revoke(String clientId, String clientSecret, String token) {
        return applications.authenticate(clientId, clientSecret)
                .compose(app -> {
                    if (token == null || token.isEmpty() || token.length() > 200) {
                        return Future.succeededFuture();
                    }
                    byte[] hash = SecretTokens.sha256(token);
                    return tokens.revokeForApplication(hash, app.id())
                            .onSuccess(revoked -> {
                                if (revoked) {
                                    listener.revoked(hash);
                                }
                            })
                            .mapEmpty();
                });
    }

    private Future<Issued> issue(Long accountId, long applicationId, Set<String> scopes) {
        String token = SecretTokens.random(32);
        return tokens.insert(Snowflake.next(), SecretTokens.sha256(token), accountId, applicationId,
                        ScopeText.join(scopes))
                .map(stored -> new Issued(stored.id(), new IssuedToken(token, stored.scopes(), stored.createdAt())));
    }

    private record Issued(long tokenId, IssuedToken token) {
    }
}
