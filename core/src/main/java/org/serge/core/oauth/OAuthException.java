package org.serge.core.oauth;

import org.serge.core.error.ServiceException;

/** A failure of the OAuth protocol, with its RFC 6749 error code; the message is the error_description. */
public final class OAuthException extends ServiceException {

    private final String error;

    public OAuthException(int status, String error, String description) {
        super(status, description);
        this.error = error;
    }

    public String error() {
        return error;
    }

    public static OAuthException invalidRequest(String description) {
        return new OAuthException(400, "invalid_request", description);
    }

    public static OAuthException invalidClient() {
        return new OAuthException(401, "invalid_client",
                "Client authentication failed due to unknown client, no client authentication included,"
                        + " or unsupported authentication method.");
    }

    public static OAuthException invalidGrant(String description) {
        return new OAuthException(400, "invalid_grant", description);
    }

    public static OAuthException invalidScope(String description) {
        return new OAuthException(400, "invalid_scope", description);
    }

    public static OAuthException unsupportedGrantType() {
        return new OAuthException(400, "unsupported_grant_type",
                "The authorization grant type is not supported by the authorization server.");
    }

    public static OAuthException unsupportedResponseType() {
        return new OAuthException(400, "unsupported_response_type",
                "The authorization server does not support this response type.");
    }
}
