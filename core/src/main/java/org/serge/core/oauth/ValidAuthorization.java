package org.serge.core.oauth;

import java.util.Set;

/** An authorization request that passed every check: what the member is asked to consent to. */
public record ValidAuthorization(OAuthApplication application, String redirectUri, Set<String> scopes,
                                 String state, String codeChallenge) {

    public boolean outOfBand() {
        return RedirectUris.OOB.equals(redirectUri);
    }
}
