package org.serge.web.cli;

import java.util.concurrent.Callable;
import org.serge.web.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Starts a node and keeps it running until the process is stopped. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Start a node.")
public final class RunCommand implements Callable<Integer> {

    private static volatile boolean running;

    @Mixin
    NodeOptions options;

    public static boolean isRunning() {
        return running;
    }

    @Override
    public Integer call() {
        Node node = Node.start(options.toConfig());
        running = true;
        Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "serge-shutdown"));
        return 0;
    }
}
