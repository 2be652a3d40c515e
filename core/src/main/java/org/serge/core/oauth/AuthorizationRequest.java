package org.serge.core.oauth;

/** The parameters of an authorization request, as the client sent them (any may be null). */
public record AuthorizationRequest(String responseType, String clientId, String redirectUri, String scope,
                                   String state, String codeChallenge, String codeChallengeMethod) {
}
