package org.serge.web.cli;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.serge.federation.delivery.HostQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the delivery queue per host: the longest queues first, then failing and unavailable hosts. */
@Command(name = "queue", mixinStandardHelpOptions = true,
        description = "Show the delivery queue per host: queued rows, oldest next attempt, attempts, availability.")
public final class QueueCommand implements Callable<Integer> {

    private static final String FORMAT = "%-40s %8s %9s %-25s %12s %-11s%n";

    @Spec
    CommandSpec spec;

    @Mixin
    NodeOptions options;

    @Option(names = "--limit", defaultValue = "100", description = "hosts at most (default ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            spec.commandLine().getErr().println("--limit must be at least 1");
            return 2;
        }
        return AdminSession.run(options.toConfig(), spec.commandLine().getErr(), wiring -> wiring.deliveryOps()
                .stats().byHost(limit).map(hosts -> {
                    print(spec.commandLine().getOut(), hosts);
                    return 0;
                }));
    }

    static void print(PrintWriter out, List<HostQueue> hosts) {
        out.printf(FORMAT, "HOST", "QUEUED", "IN_FLIGHT", "OLDEST_NEXT_ATTEMPT", "MAX_ATTEMPTS", "UNAVAILABLE");
        for (HostQueue host : hosts) {
            out.printf(FORMAT, host.host(), host.queued(), host.claimed(), text(host.oldestNextAttempt()),
                    host.maxAttempts(), host.unavailable() ? "yes" : "no");
        }
        if (hosts.isEmpty()) {
            out.println("(the delivery queue is empty)");
        }
        out.flush();
    }

    private static String text(OffsetDateTime time) {
        return time == null ? "-" : time.toInstant().toString();
    }
}
