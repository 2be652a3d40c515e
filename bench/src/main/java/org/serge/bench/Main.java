package org.serge.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Runs the benchmarks and prints their figures: {@code inbox}, {@code fanout}, {@code timeline}, or all when no name is given.
 * Options are system properties, listed in bench/README.md.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // A node logs every request at INFO; at thousands per second that is a benchmark of the console.
        String level = System.getProperty("bench.logLevel", "WARN");
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.toLevel(level));
        List<String> which = args.length == 0 ? List.of("inbox", "fanout", "timeline") : List.of(args);
        System.out.println("Serge benchmarks on " + Machine.describe());
        System.out.println("log level " + level + " (request log lines off); load average at start: "
                + Machine.load());
        for (String name : which) {
            switch (name) {
                case "inbox" -> new InboxBench().run();
                case "fanout" -> new FanoutBench().run();
                case "timeline" -> new TimelineBench().run();
                default -> {
                    System.err.println("unknown benchmark " + name + " (inbox, fanout, timeline)");
                    System.exit(2);
                }
            }
        }
        System.out.println("load average at the end: " + Machine.load());
        System.exit(0);
    }
}
