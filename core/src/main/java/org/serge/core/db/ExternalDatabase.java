package org.serge.core.db;

/** A PostgreSQL run by someone else, named by DATABASE_URL. */
public record ExternalDatabase(ConnectionSettings settings) implements Database {

    @Override
    public boolean ownsServer() {
        return false;
    }

    @Override
    public void close() {
        // the server is not ours to stop
    }
}
