package org.serge.web.cli;

import java.util.concurrent.Callable;
import org.serge.core.account.CreatedAccount;
import org.serge.core.account.NewAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Creates a local member account and prints its generated password (the last line of the output). */
@Command(name = "create-account", mixinStandardHelpOptions = true,
        description = "Create a local account and print its generated password.")
public final class CreateAccountCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    NodeOptions options;

    @Parameters(index = "0", paramLabel = "NAME", description = "the username")
    String username;

    @Option(names = "--admin", description = "make the account an administrator")
    boolean admin;

    @Option(names = "--email", paramLabel = "E", description = "the member's email address (optional)")
    String email;

    @Override
    public Integer call() {
        return AdminSession.run(options.toConfig(), spec.commandLine().getErr(), wiring -> wiring.accounts()
                .createMember(NewAccount.member(username, email, admin))
                .map((CreatedAccount created) -> {
                    spec.commandLine().getErr().println("created @" + created.account().username() + "; its password:");
                    spec.commandLine().getOut().println(created.password());
                    return 0;
                }));
    }
}
