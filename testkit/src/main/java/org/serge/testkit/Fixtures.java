package org.serge.testkit;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/** The named fixture accounts: alice, bob and carol, members with fixed RSA and Ed25519 keys. */
public final class Fixtures {

    public static final FixtureAccount ALICE = load(1001, "alice");
    public static final FixtureAccount BOB = load(1002, "bob");
    public static final FixtureAccount CAROL = load(1003, "carol");
    public static final List<FixtureAccount> ALL = List.of(ALICE, BOB, CAROL);

    private Fixtures() {
    }

    /** Inserts a fixture as a local member of the database behind the pool. */
    public static Future<Void> insert(Pool pool, FixtureAccount fixture) {
        return pool.withTransaction(tx -> tx.preparedQuery(
                                "INSERT INTO accounts (id, username, actor_type, display_name) VALUES ($1, $2, 'Person', $3)")
                        .execute(Tuple.of(fixture.id(), fixture.username(), capitalised(fixture.username())))
                        .compose(r -> tx.preparedQuery("INSERT INTO account_keys"
                                        + " (account_id, rsa_public_pem, rsa_private_pem, ed25519_public, ed25519_private)"
                                        + " VALUES ($1, $2, $3, $4, $5)")
                                .execute(Tuple.of(fixture.id(), fixture.rsaPublicPem(), fixture.rsaPrivatePem(),
                                        Buffer.buffer(fixture.ed25519Public()), Buffer.buffer(fixture.ed25519Private()))))
                        .compose(r -> tx.preparedQuery(
                                        "INSERT INTO users (account_id, email, password_hash) VALUES ($1, $2, $3)")
                                .execute(Tuple.of(fixture.id(), fixture.username() + "@example.test",
                                        fixture.passwordHash()))))
                .mapEmpty();
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static FixtureAccount load(long id, String name) {
        Properties props = new Properties();
        try (InputStream in = resource(name + ".properties")) {
            props.load(in);
            HexFormat hex = HexFormat.of();
            return new FixtureAccount(id, props.getProperty("username"), props.getProperty("password"),
                    props.getProperty("passwordHash"), text(name + ".public.pem"), text(name + ".private.pem"),
                    hex.parseHex(props.getProperty("ed25519Public")), hex.parseHex(props.getProperty("ed25519Private")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String file) throws IOException {
        try (InputStream in = resource(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = Fixtures.class.getResourceAsStream("fixtures/" + file);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + file);
        }
        return in;
    }
}
