package org.serge.web.cli;

import picocli.CommandLine.Command;

/** Administration of a node's data; works whether the node runs or not. */
@Command(name = "admin", mixinStandardHelpOptions = true, description = "Manage a node.",
        subcommands = {CreateAccountCommand.class, CreateTokenCommand.class, QueueCommand.class})
public final class AdminCommand {
}
