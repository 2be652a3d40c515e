package org.serge.core.oauth;

import io.vertx.core.Future;
import java.net.URI;
import java.util.Set;
import org.serge.core.crypto.SecretTokens;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.token.Scopes;

/** Registering OAuth applications and authenticating them as clients. */
public final class ApplicationService {

    private static final int MAX_NAME = 100;
    private static final int MAX_WEBSITE = 2000;

    private final ApplicationRepository applications;

    public ApplicationService(ApplicationRepository applications) {
        this.applications = applications;
    }

    public Future<RegisteredApplication> register(NewApplication request) {
        String name;
        String website;
        java.util.List<String> redirectUris;
        Set<String> scopes;
        try {
            name = request.name() == null ? "" : request.name().strip();
            if (name.isEmpty()) {
                throw ServiceException.unprocessable("Validation failed: Application name can't be blank");
            }
            if (name.length() > MAX_NAME) {
                throw ServiceException.unprocessable("Validation failed: Application name is too long");
            }
            website = website(request.website());
            redirectUris = RedirectUris.parse(request.redirectUris());
            scopes = Scopes.parse(request.scopes() == null || request.scopes().isBlank()
                    ? ScopeText.DEFAULT : request.scopes());
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(ServiceException.unprocessable("Validation failed: Scopes are invalid"));
        }
        String clientId = SecretTokens.random(32);
        String secret = SecretTokens.random(32);
        return applications.insert(Snowflake.next(), name, website, redirectUris, ScopeText.join(scopes), clientId,
                        ClientSecrets.digest(secret))
                .map(app -> new RegisteredApplication(app, secret));
    }

    /** The client, when its id and secret match; invalid_client otherwise. */
    public Future<OAuthApplication> authenticate(String clientId, String clientSecret) {
        if (clientId == null || clientId.isEmpty() || clientSecret == null || clientSecret.isEmpty()) {
            return Future.failedFuture(OAuthException.invalidClient());
        }
        return applications.findByClientId(clientId)
                .compose(found -> found.isPresent() && ClientSecrets.matches(clientSecret, found.get().secretDigest())
                        ? Future.succeededFuture(found.get().application())
                        : Future.failedFuture(OAuthException.invalidClient()));
    }

    /** The client by its public id alone (the authorization page), or invalid_client. */
    public Future<OAuthApplication> byClientId(String clientId) {
        if (clientId == null || clientId.isEmpty() || clientId.length() > 200) {
            return Future.failedFuture(OAuthException.invalidClient());
        }
        return applications.findByClientId(clientId)
                .compose(found -> found.map(app -> Future.succeededFuture(app.application()))
                        .orElseGet(() -> Future.failedFuture(OAuthException.invalidClient())));
    }

    private static String website(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String website = given.strip();
        try {
            URI uri = new URI(website);
            if (website.length() > MAX_WEBSITE || uri.getHost() == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                throw ServiceException.unprocessable("Validation failed: Website is invalid");
            }
            return website;
        } catch (java.net.URISyntaxException e) {
            throw ServiceException.unprocessable("Validation failed: Website is invalid");
        }
    }
}
