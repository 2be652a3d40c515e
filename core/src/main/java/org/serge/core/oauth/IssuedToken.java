package org.serge.core.oauth;

import java.time.OffsetDateTime;
import java.util.Set;

/** A token just issued, in clear: given to the client once, never stored. */
public record IssuedToken(String accessToken, Set<String> scopes, OffsetDateTime createdAt) {
}
