package org.serge.federation.outgoing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.serge.core.account.Account;
import org.serge.core.account.ActorType;
import org.serge.core.config.LocalUris;
import org.serge.core.config.NodeConfig;

/** Accounts and node settings for renderer tests that need no database. */
final class TestAccounts {

    static final NodeConfig CONFIG = new NodeConfig("serge.test", 8080, null, null, false, "union", "Union", "", false);
    static final LocalUris URIS = new LocalUris(CONFIG);
    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    private TestAccounts() {
    }

    static Account local(long id, String username) {
        return new Account(id, username, null, ActorType.Person, username, "", false, null, T0, null, null, null, null,
                null);
    }

    static Account remote(long id, String username, String domain) {
        String actor = "https://" + domain + "/users/" + username;
        return new Account(id, username, domain, ActorType.Person, username, "", false, actor, T0, actor + "/inbox",
                "https://" + domain + "/inbox", actor + "/followers", "https://" + domain + "/@" + username, null);
    }
}
