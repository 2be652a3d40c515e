package org.serge.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * CPU time used by this JVM and by the embedded PostgreSQL (its postmaster's children: the pool's backends and the
 * background processes). Wall-clock rates fall when other programs share the machine; CPU time per request much
 * less, so it gives an estimate of what the node would do with the cores to itself.
 */
final class CpuMeter {

    /** CPU nanoseconds so far: this JVM's, and PostgreSQL's. */
    record Sample(long jvmNanos, long postgresNanos) {
    }

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Optional<ProcessHandle> postmaster;

    CpuMeter(int postgresPort) {
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
        return new Sample(os.getProcessCpuTime(), pg);
    }
}
