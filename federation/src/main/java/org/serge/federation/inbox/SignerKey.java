package org.serge.federation.inbox;

import java.security.PublicKey;
import org.serge.core.account.Account;

/** A verification key with the stored account of the actor that owns it. */
public record SignerKey(PublicKey key, Account owner) {
}
