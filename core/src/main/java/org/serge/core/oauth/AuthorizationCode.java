package org.serge.core.oauth;

import java.util.Set;

/** A code just consumed: who it was for, and what the token request must match. */
record AuthorizationCode(long id, long applicationId, long accountId, Set<String> scopes, String redirectUri,
                         String codeChallenge, boolean expired) {
}
