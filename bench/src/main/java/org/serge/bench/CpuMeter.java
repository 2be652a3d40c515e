package org.serge.bench;

import io.vertx.core.Vertx;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * CPU time used by this JVM and by the embedded PostgreSQL (its postmaster's children: the pool's backends and the
 * background processes), and the part of the JVM's that the benchmark's own side took (the load generator's or the
 * sinks' event loop, on a Vert.x of their own). Wall-clock rates fall when other programs share the machine; CPU
 * time per request much less, so it gives an estimate of what the node would do with the cores to itself.
 */
final class CpuMeter {

    /** CPU nanoseconds so far: this JVM's (the harness's included), PostgreSQL's, and the harness's. */
    record Sample(long jvmNanos, long postgresNanos, long harnessNanos) {

        /** The JVM's CPU time without the harness's: the node's. */
        long nodeNanos() {
            return jvmNanos - harnessNanos;
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Long> harnessThreads = new ArrayList<>();

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Optional<ProcessHandle> postmaster;

    /** @param harness the benchmark's own Vert.x instances (one event loop each), whose CPU time is not the node's */
    CpuMeter(int postgresPort, Vertx... harness) {
        for (Vertx vertx : harness) {
            CompletableFuture<Long> id = new CompletableFuture<>();
            vertx.getOrCreateContext().runOnContext(v -> id.complete(Thread.currentThread().getId()));
            harnessThreads.add(id.join());
        }
        String port = "-p " + postgresPort;
        postmaster = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(port + " ")
                        || c.endsWith(port)).orElse(false))
                .findFirst();
    }

    boolean seesPostgres() {
        return postmaster.isPresent();
    }

    Sample sample() {
        long pg = 0;
        if (postmaster.isPresent()) {
            List<ProcessHandle> processes = postmaster.get().children().toList();
            for (ProcessHandle process : processes) {
                pg += process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
            }
            pg += postmaster.get().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        }
        long harness = 0;
        for (long id : harnessThreads) {
            harness += Math.max(0, threads.getThreadCpuTime(id));
        }
        return new Sample(os.getProcessCpuTime(), pg, harness);
    }
}
