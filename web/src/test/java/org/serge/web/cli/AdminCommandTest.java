package org.serge.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.crypto.PasswordHasher;
import org.serge.core.crypto.SecretTokens;
import org.serge.web.testing.Cli;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

class AdminCommandTest {

    private static TestNode node;
    private static Vertx vertx;
    private static Pool pool;

    @BeforeAll
    static void start() {
        node = TestNode.start();
        vertx = Vertx.vertx();
        pool = node.db().pool(vertx);
    }

    @AfterAll
    static void stop() {
        pool.close();
        vertx.close();
        node.close();
    }

    private static Cli.Result admin(String... args) {
        String[] all = new String[args.length + 6];
        all[0] = "admin";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--database-url";
        all[args.length + 2] = node.db().url();
        all[args.length + 3] = "--domain";
        all[args.length + 4] = node.domain();
        all[args.length + 5] = "--dev";
        return Cli.run(all);
    }

    private static Row single(String sql, Object... params) throws Exception {
        return pool.preparedQuery(sql).execute(Tuple.from(params))
                .toCompletionStage().toCompletableFuture().get().iterator().next();
    }

    @Test
    void createAccountPrintsAPasswordThatIsStoredOnlyAsAnArgon2idHash() throws Exception {
        Cli.Result result = admin("create-account", "dora", "--admin", "--email", "dora@example.test");
        assertEquals(0, result.exitCode(), result.err());
        String password = result.lastLine();
        assertTrue(password.length() >= 20, password);

        Row user = single("SELECT u.password_hash, u.admin, u.email FROM users u JOIN accounts a ON a.id = u.account_id"
                + " WHERE a.username = $1", "dora");
        assertTrue(user.getString("password_hash").startsWith("$argon2id$"));
        assertTrue(PasswordHasher.verify(password, user.getString("password_hash")));
        assertTrue(user.getBoolean("admin"));
        assertEquals("dora@example.test", user.getString("email"));
        // the running node sees the new member at once
        assertEquals(200, Http.get(node.url("/.well-known/webfinger?resource=acct:dora@" + node.domain())).statusCode());
    }

    @Test
    void refusesDuplicatesReservedAndMalformedNamesWithoutWritingAnything() throws Exception {
        assertEquals(0, admin("create-account", "erin").exitCode());
        Cli.Result duplicate = admin("create-account", "Erin");
        assertNotEquals(0, duplicate.exitCode());
        assertTrue(duplicate.err().contains("taken"), duplicate.err());
        assertNotEquals(0, admin("create-account", "org").exitCode());
        assertNotEquals(0, admin("create-account", "localhost").exitCode());
        assertNotEquals(0, admin("create-account", "bad name").exitCode());
        assertNotEquals(0, admin("create-account", "x".repeat(31)).exitCode());
        assertNotEquals(0, admin("create-account", "fay", "--email", "not-an-address").exitCode());
        assertEquals(1L, single("SELECT count(*) FROM accounts WHERE lower(username) = 'erin'").getLong(0));
        assertEquals(0L, single("SELECT count(*) FROM accounts WHERE username IN ('bad name', 'fay')").getLong(0));
    }

    @Test
    void createTokenPrintsATokenStoredAsItsHashWithTheScopes() throws Exception {
        assertEquals(0, admin("create-account", "gus").exitCode());
        Cli.Result result = admin("create-token", "gus", "--scopes", "read write:statuses follow");
        assertEquals(0, result.exitCode(), result.err());
        String token = result.lastLine();
        Row row = single("SELECT scopes FROM oauth_access_tokens WHERE token_hash = $1",
                Buffer.buffer(SecretTokens.sha256(token)));
        assertEquals("read write:statuses follow", row.getString("scopes"));
        assertEquals(0L, single("SELECT count(*) FROM oauth_access_tokens WHERE encode(token_hash, 'escape') = $1",
                token).getLong(0));
    }

    @Test
    void createTokenRefusesUnknownScopesAndUnknownAccounts() {
        Cli.Result badScope = admin("create-token", "gus", "--scopes", "read everything");
        assertEquals(2, badScope.exitCode());
        assertTrue(badScope.err().contains("everything"));
        assertNotEquals(0, admin("create-token", "nobody").exitCode());
        assertNotEquals(0, admin("create-token", "org").exitCode());
    }

    @Test
    void aBadDatabaseUrlIsAClearError() {
        Cli.Result result = Cli.run("admin", "create-account", "hal", "--database-url", "mysql://nope");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("postgres://"), result.err());
    }
}
