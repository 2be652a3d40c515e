package org.serge.federation.inbox;

import java.security.KeyPair;
import org.serge.core.account.Account;

/** A remote actor stored in the test database, with the key pair it signs with. */
record RemoteUser(Account account, KeyPair keys, String keyId) {

    String uri() {
        return account.uri();
    }
}
