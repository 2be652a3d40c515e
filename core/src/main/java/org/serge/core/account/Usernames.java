package org.serge.core.account;

import java.util.regex.Pattern;

/** The rule for local usernames, Mastodon's: letters, digits and underscores, dots and dashes inside, 30 at most. */
public final class Usernames {

    private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9_]([a-zA-Z0-9_.-]{0,28}[a-zA-Z0-9_])?");

    private Usernames() {
    }

    public static boolean isValid(String username) {
        return username != null && VALID.matcher(username).matches();
    }
}
