package org.serge.core.oauth;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A live bearer token: for a member (accountId set) or for an application alone (accountId null). Tokens made
 * by {@code admin create-token} have no application.
 */
public record AccessToken(long id, Long accountId, Long applicationId, Set<String> scopes, OffsetDateTime createdAt) {
}
