package org.serge.core.account;

/** What a new local account is made of, before keys and a password are generated for it. */
public record NewAccount(
        String username,
        ActorType actorType,
        String displayName,
        String summary,
        String email,
        boolean admin,
        boolean locked) {

    public static NewAccount member(String username, String email, boolean admin) {
        return new NewAccount(username, ActorType.Person, username, "", email, admin, false);
    }
}
