package org.serge.core.oauth;

/** A newly registered application with its client secret, which is shown this once. */
public record RegisteredApplication(OAuthApplication application, String clientSecret) {
}
