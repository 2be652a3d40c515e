package org.serge.core.oauth;

/** What a password login is checked against. */
record MemberCredentials(long accountId, String passwordHash) {
}
