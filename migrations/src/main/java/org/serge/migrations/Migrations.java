package org.serge.migrations;

import org.flywaydb.core.Flyway;

/**
 * Applies the forward-only schema migrations held in this module. Blocking (JDBC): call it before the
 * Vert.x pool is used, or off the event loop. Flyway's advisory lock makes concurrent starts safe.
 */
public final class Migrations {

    private Migrations() {
    }

    /** Migrates the database at the given JDBC URL and returns the number of migrations applied. */
    public static int migrate(String jdbcUrl, String user, String password) {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(jdbcUrl, user, password)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        return flyway.migrate().migrationsExecuted;
    }
}
