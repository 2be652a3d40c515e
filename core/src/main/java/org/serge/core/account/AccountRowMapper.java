package org.serge.core.account;

import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;

/** Turns rows of the accounts and account_keys tables into records. */
public final class AccountRowMapper {

    public static final String ACCOUNT_COLUMNS =
            "a.id, a.username, a.domain, a.actor_type, a.display_name, a.summary, a.locked, a.uri, a.created_at,"
            + " a.inbox_url, a.shared_inbox_url, a.followers_url, a.url, a.avatar_url";

    private AccountRowMapper() {
    }

    public static Account account(Row row) {
        return new Account(
                row.getLong("id"),
                row.getString("username"),
                row.getString("domain"),
                ActorType.parse(row.getString("actor_type")),
                row.getString("display_name"),
                row.getString("summary"),
                row.getBoolean("locked"),
                row.getString("uri"),
                row.getOffsetDateTime("created_at"),
                row.getString("inbox_url"),
                row.getString("shared_inbox_url"),
                row.getString("followers_url"),
                row.getString("url"),
                row.getString("avatar_url"));
    }

    static AccountKeys keys(Row row) {
        return new AccountKeys(
                row.getString("rsa_public_pem"),
                row.getString("rsa_private_pem"),
                bytes(row.getBuffer("ed25519_public")),
                bytes(row.getBuffer("ed25519_private")));
    }

    private static byte[] bytes(Buffer buffer) {
        return buffer == null ? null : buffer.getBytes();
    }
}
