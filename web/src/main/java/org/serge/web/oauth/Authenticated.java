package org.serge.web.oauth;

import java.util.Set;
import org.serge.core.account.Account;
import org.serge.core.oauth.AccessToken;
import org.serge.core.oauth.OAuthApplication;
import org.serge.core.token.Scopes;

/**
 * Who a bearer token speaks for: a member (account set, loaded fresh for this request) or an application alone
 * (account null). Tokens made by {@code admin create-token} have no application.
 */
public record Authenticated(AccessToken token, Account account, OAuthApplication application) {

    public Set<String> scopes() {
        return token.scopes();
    }

    public boolean hasUser() {
        return account != null;
    }

    /** Whether the token grants at least one of the scopes (none given: any valid token will do). */
    public boolean grantsAny(String... anyOf) {
        if (anyOf.length == 0) {
            return true;
        }
        for (String scope : anyOf) {
            if (Scopes.grants(token.scopes(), scope)) {
                return true;
            }
        }
        return false;
    }
}
