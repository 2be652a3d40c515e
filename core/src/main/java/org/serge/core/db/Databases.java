package org.serge.core.db;

import org.serge.core.config.NodeConfig;

/** Chooses the PostgreSQL for a configuration: DATABASE_URL when given, the embedded one otherwise. */
public final class Databases {

    private Databases() {
    }

    /** For a running node: an embedded server is started (a leftover one stopped first). */
    public static Database forNode(NodeConfig config) {
        if (config.databaseUrl() != null) {
            return new ExternalDatabase(ConnectionSettings.fromUrl(config.databaseUrl()));
        }
        return EmbeddedDatabase.start(config.dataDir());
    }

    /** For an admin command: the running node's embedded server when there is one, else one of its own. */
    public static Database forAdminCommand(NodeConfig config) {
        if (config.databaseUrl() != null) {
            return new ExternalDatabase(ConnectionSettings.fromUrl(config.databaseUrl()));
        }
        return EmbeddedDatabase.attachOrStart(config.dataDir());
    }
}
