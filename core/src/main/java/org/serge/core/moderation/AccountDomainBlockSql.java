package org.serge.core.moderation;

/** SQL conditions for the domains members block (account_domain_blocks). */
public final class AccountDomainBlockSql {

    private AccountDomainBlockSql() {
    }

    /** True when {@code viewer} (an SQL expression) blocks the domain of the account {@code target}. */
    public static String blocksDomainOf(String viewer, String target) {
        return "EXISTS (SELECT 1 FROM accounts dba JOIN account_domain_blocks dbb ON dbb.account_id = " + viewer
                + " AND dbb.domain = lower(dba.domain) WHERE dba.id = " + target + ")";
    }

    /**
     * For a status aliased {@code s}, " AND ..." leaving out statuses by, and boosts of statuses by, accounts on a
     * domain the viewer (an expression that may be null) blocks. The per-row probe runs only for a viewer who
     * blocks a domain: the first test does not depend on the row, so PostgreSQL evaluates it once per query.
     */
    public static String notFromBlockedDomain(String viewer) {
        return " AND (" + viewer + " IS NULL OR NOT EXISTS (SELECT 1 FROM account_domain_blocks dbv"
                + " WHERE dbv.account_id = " + viewer + ") OR (NOT " + blocksDomainOf(viewer, "s.account_id")
                + " AND (s.reblog_of_id IS NULL OR NOT EXISTS (SELECT 1 FROM statuses dbr WHERE dbr.id = s.reblog_of_id"
                + " AND " + blocksDomainOf(viewer, "dbr.account_id") + "))))";
    }
}
