package org.serge.core.account;

/** A new member account and its generated password, shown once and never stored in clear. */
public record CreatedAccount(Account account, String password) {
}
