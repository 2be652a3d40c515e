package org.serge.core.account;

/** A local account with its keys: what an actor document or a signer needs. */
public record LocalActor(Account account, AccountKeys keys) {
}
