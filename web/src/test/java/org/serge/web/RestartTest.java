package org.serge.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.serge.core.config.NodeConfig;
import org.serge.testkit.FreePorts;
import org.serge.web.testing.Cli;
import org.serge.web.testing.Http;

/** The default set-up: embedded PostgreSQL under the data folder, an admin command beside the running node. */
class RestartTest {

    @Test
    void accountsSurviveARestartOnEmbeddedPostgres() throws Exception {
        Path data = Files.createTempDirectory("serge-restart-");
        int port = FreePorts.next();
        String domain = "localhost:" + port;
        NodeConfig config = new NodeConfig(domain, port, data, null, true, "org", "Union", "", false);
        String webfinger = "http://" + domain + "/.well-known/webfinger?resource=acct:ines@" + domain;

        Node first = Node.start(config);
        try {
            Cli.Result created = Cli.run("admin", "create-account", "ines", "--data", data.toString(),
                    "--domain", domain, "--dev");
            assertEquals(0, created.exitCode(), created.err());
            assertEquals(200, Http.get(webfinger).statusCode());
        } finally {
            first.stop();
        }

        Node second = Node.start(config);
        try {
            assertEquals(200, Http.get(webfinger).statusCode());
            assertEquals(404, Http.get(webfinger.replace("ines", "nobody")).statusCode());
        } finally {
            second.stop();
        }
    }
}
