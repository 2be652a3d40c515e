package org.serge.core.moderation;

import org.serge.core.account.Account;

/** A stored report with the account it is about: what POST /api/v1/reports answers. */
public record FiledReport(AccountReport report, Account target) {
}
