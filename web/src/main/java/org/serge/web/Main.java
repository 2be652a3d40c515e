package org.serge.web;

import org.serge.web.cli.AdminCommand;
import org.serge.web.cli.RunCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code run} starts a node, {@code admin ...} manages one. */
@Command(name = "serge", mixinStandardHelpOptions = true, version = "serge " + Version.VERSION,
        description = "A node of a federated worker-solidarity network.",
        subcommands = {RunCommand.class, AdminCommand.class})
public final class Main {

    public static void main(String[] args) {
        int code = new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
        if (code != 0 || !RunCommand.isRunning()) {
            System.exit(code);
        }
    }
}
