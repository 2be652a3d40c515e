package org.serge.core.config;

import java.nio.file.Path;

/**
 * What a node is told at start: the host its ids use, where it listens, where it keeps its files, how to reach
 * PostgreSQL, and how the organisation that runs it is named.
 *
 * @param domain          host or host:port that appears in actor ids
 * @param port            HTTP port
 * @param dataDir         folder for the node's files (embedded PostgreSQL, media)
 * @param databaseUrl     external PostgreSQL as postgres://user:pass@host:port/db, or null for embedded
 * @param dev             development mode: ids use http and loopback peers are allowed
 * @param orgHandle       preferredUsername of the organisation's Group actor
 * @param orgName         display name of the organisation
 * @param orgSummary      description of the organisation
 * @param authorizedFetch require signed GETs for ActivityPub documents
 */
public record NodeConfig(
        String domain,
        int port,
        Path dataDir,
        String databaseUrl,
        boolean dev,
        String orgHandle,
        String orgName,
        String orgSummary,
        boolean authorizedFetch) {

    public NodeConfig {
        if (domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("domain must not be empty");
        }
        domain = domain.toLowerCase(java.util.Locale.ROOT);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (databaseUrl != null && databaseUrl.isBlank()) {
            databaseUrl = null;
        }
    }

    /** http in development mode, https otherwise. */
    public String scheme() {
        return dev ? "http" : "https";
    }

    /** The base URL of every id this node mints, without a trailing slash. */
    public String baseUrl() {
        return scheme() + "://" + domain;
    }

    public NodeConfig withPort(int newPort) {
        return new NodeConfig(domain, newPort, dataDir, databaseUrl, dev, orgHandle, orgName, orgSummary,
                authorizedFetch);
    }
}
