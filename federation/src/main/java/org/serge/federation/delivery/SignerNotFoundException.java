package org.serge.federation.delivery;

/** The account an activity is to be signed by is gone, or is not local: the delivery can never be made. */
public final class SignerNotFoundException extends RuntimeException {

    public SignerNotFoundException(long accountId) {
        super("no local signer " + accountId, null, false, false);
    }
}
