package org.serge.web.cli;

import java.nio.file.Path;
import org.serge.core.config.NodeConfig;
import picocli.CommandLine.Option;

/** The options every command shares, each with its environment twin. */
public final class NodeOptions {

    @Option(names = "--domain", defaultValue = "${env:SERGE_DOMAIN:-localhost:8080}",
            description = "host (or host:port) in actor ids (env SERGE_DOMAIN; default ${DEFAULT-VALUE})")
    String domain;

    @Option(names = "--port", defaultValue = "${env:SERGE_PORT:-8080}",
            description = "HTTP port (env SERGE_PORT; default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data", defaultValue = "${env:SERGE_DATA:-./data}",
            description = "folder for the node's files (env SERGE_DATA; default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--database-url", defaultValue = "${env:DATABASE_URL:-}", paramLabel = "URL",
            description = "external PostgreSQL as postgres://user:pass@host:port/db (env DATABASE_URL);"
                    + " embedded PostgreSQL under the data folder when absent")
    String databaseUrl;

    @Option(names = "--dev", defaultValue = "${env:SERGE_DEV:-false}", fallbackValue = "true", arity = "0..1",
            description = "development mode: http ids, loopback peers allowed (env SERGE_DEV)")
    boolean dev;

    @Option(names = "--org-handle", defaultValue = "${env:SERGE_ORG_HANDLE:-org}",
            description = "username of the organisation's Group actor (env SERGE_ORG_HANDLE; default ${DEFAULT-VALUE})")
    String orgHandle;

    @Option(names = "--org-name", defaultValue = "${env:SERGE_ORG_NAME:-A Serge node}",
            description = "name of the organisation that runs the node (env SERGE_ORG_NAME)")
    String orgName;

    @Option(names = "--org-summary", defaultValue = "${env:SERGE_ORG_SUMMARY:-}",
            description = "description of the organisation (env SERGE_ORG_SUMMARY)")
    String orgSummary;

    @Option(names = "--authorized-fetch", defaultValue = "${env:SERGE_AUTHORIZED_FETCH:-false}",
            fallbackValue = "true", arity = "0..1",
            description = "require signed GETs for ActivityPub documents (env SERGE_AUTHORIZED_FETCH)")
    boolean authorizedFetch;

    public NodeConfig toConfig() {
        return new NodeConfig(domain, port, data.toAbsolutePath().normalize(), databaseUrl, dev,
                orgHandle, orgName, orgSummary == null ? "" : orgSummary, authorizedFetch);
    }
}
