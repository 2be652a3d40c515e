package org.serge.core.mute;

import org.serge.core.moderation.AccountDomainBlockSql;

/** SQL conditions that leave out what a member muted; a mute past its expiry no longer counts. */
public final class MuteSql {

    private MuteSql() {
    }

    /** True when {@code viewer} (an SQL expression, e.g. {@code $1}) mutes the account {@code target}. */
    public static String mutes(String viewer, String target) {
        return "EXISTS (SELECT 1 FROM mutes mu WHERE mu.account_id = " + viewer + " AND mu.target_account_id = "
                + target + " AND (mu.expires_at IS NULL OR mu.expires_at > now()))";
    }

    /** True when {@code viewer} mutes the account's notifications. */
    public static String mutesNotifications(String viewer, String target) {
        return "EXISTS (SELECT 1 FROM mutes mu WHERE mu.account_id = " + viewer + " AND mu.target_account_id = "
                + target + " AND mu.notifications AND (mu.expires_at IS NULL OR mu.expires_at > now()))";
    }

    /**
     * For a status aliased {@code s}: " AND ..." leaving out, for a viewer who may be null, statuses and boosts by
     * muted accounts and boosts of their statuses (as Mastodon's home and public timelines do), and likewise those
     * of accounts on a domain the viewer blocks ({@link AccountDomainBlockSql}).
     */
    public static String notMutedStatus(String viewer) {
        return " AND (" + viewer + "::bigint IS NULL OR (NOT " + mutes(viewer + "::bigint", "s.account_id")
                + " AND (s.reblog_of_id IS NULL OR NOT EXISTS (SELECT 1 FROM statuses mr WHERE mr.id = s.reblog_of_id"
                + " AND " + mutes(viewer + "::bigint", "mr.account_id") + "))))"
                + AccountDomainBlockSql.notFromBlockedDomain(viewer + "::bigint");
    }

    /** As {@link #notMutedStatus}, and statuses mentioning a muted account, except the viewer's own (home). */
    public static String notMutedHome(String viewer) {
        return notMutedStatus(viewer) + " AND (s.account_id = " + viewer + " OR NOT EXISTS (SELECT 1 FROM"
                + " status_mentions mm JOIN mutes mu ON mu.target_account_id = mm.account_id AND mu.account_id = "
                + viewer + " WHERE mm.status_id = s.id AND (mu.expires_at IS NULL OR mu.expires_at > now())))";
    }
}
