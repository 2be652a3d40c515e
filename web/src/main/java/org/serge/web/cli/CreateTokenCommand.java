package org.serge.web.cli;

import java.util.Set;
import java.util.concurrent.Callable;
import org.serge.core.token.Scopes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Issues a bearer token for a member, honoured by the Mastodon API like an OAuth token. */
@Command(name = "create-token", mixinStandardHelpOptions = true,
        description = "Print a bearer token for a local account.")
public final class CreateTokenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    NodeOptions options;

    @Parameters(index = "0", paramLabel = "NAME", description = "the username")
    String username;

    @Option(names = "--scopes", defaultValue = "read write follow", description = "space-separated OAuth scopes")
    String scopes;

    @Override
    public Integer call() {
        Set<String> parsed;
        try {
            parsed = Scopes.parse(scopes);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        return AdminSession.run(options.toConfig(), spec.commandLine().getErr(), wiring -> wiring.tokens().issueForMember(username, parsed)
                .map(token -> {
                    spec.commandLine().getOut().println(token);
                    return 0;
                }));
    }
}
