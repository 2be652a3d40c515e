package org.serge.core.oauth;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** A registered OAuth client. Its secret is stored only as a SHA-256 digest. */
public record OAuthApplication(
        long id,
        String name,
        String website,
        List<String> redirectUris,
        Set<String> scopes,
        String clientId,
        OffsetDateTime createdAt) {
}
