package org.serge.core.oauth;

import java.util.List;

/**
 * What a client asks to register, as it sent it: scopes as text (null for the default), redirect URIs already
 * split.
 */
public record NewApplication(String name, String website, List<String> redirectUris, String scopes) {
}
