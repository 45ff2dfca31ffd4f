package io.relaypay.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU used so far (Linux {@code /proc}, clock ticks of 10 ms) by the machine, the interchange JVM,
 * this JVM (buyers and simulator), the PostgreSQL backends serving the interchange, and every
 * PostgreSQL process. The difference of two snapshots says where a window's CPU went; what the
 * machine used beyond these is other work on the shared machine.
 *
 * @param machineBusyTicks all CPUs, busy (user, nice, system, irq, softirq, steal)
 * @param machineTotalTicks all CPUs, busy and idle
 * @param interchangeNanos the interchange JVM
 * @param benchNanos this JVM
 * @param backendTicks per PostgreSQL backend pid serving the interchange
 * @param postgresTicks every process named {@code postgres} together
 */
record CpuSnapshot(
        long machineBusyTicks,
        long machineTotalTicks,
        long interchangeNanos,
        long benchNanos,
        Map<Long, Long> backendTicks,
        long postgresTicks) {

    private static final long NANOS_PER_TICK = 10_000_000L;

    /** Takes a snapshot; {@code backends} are the PostgreSQL pids serving the interchange. */
    static CpuSnapshot take(InterchangeProcess interchange, List<Long> backends) {
        long[] machine = machine();
        Map<Long, Long> perBackend = new HashMap<>();
        for (long pid : backends) {
            perBackend.put(pid, processTicks(Path.of("/proc", Long.toString(pid), "stat")));
        }
        return new CpuSnapshot(
                machine[0],
                machine[1],
                interchange.cpuNanos(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime(),
                perBackend,
                allPostgresTicks());
    }

    /** Prints CPU per payment and the share of the machine for the window between two snapshots. */
    static void print(java.io.PrintStream out, CpuSnapshot before, CpuSnapshot after, long payments, double seconds) {
        double total = (after.machineTotalTicks - before.machineTotalTicks) * (double) NANOS_PER_TICK;
        double busy = (after.machineBusyTicks - before.machineBusyTicks) * (double) NANOS_PER_TICK;
        long backendTicks = 0;
        for (Map.Entry<Long, Long> backend : after.backendTicks.entrySet()) {
            backendTicks += backend.getValue() - before.backendTicks.getOrDefault(backend.getKey(), 0L);
        }
        double interchange = after.interchangeNanos - before.interchangeNanos;
        double bench = after.benchNanos - before.benchNanos;
        double backends = backendTicks * (double) NANOS_PER_TICK;
        double postgres = (after.postgresTicks - before.postgresTicks) * (double) NANOS_PER_TICK;
        double other = busy - interchange - bench - postgres;
        out.printf(
                "cpu over %.0f s: machine %.0f %% busy of %.1f cores; per succeeded payment (ms of CPU):%n",
                seconds, 100 * busy / total, total / 1e9 / seconds);
        line(out, "interchange JVM", interchange, payments, total);
        line(out, "PostgreSQL backends of the interchange", backends, payments, total);
        // A backend that exited inside the window takes its ticks out of the total: never below zero.
        line(
                out,
                "PostgreSQL other processes (WAL writer, other sessions)",
                Math.max(0, postgres - backends),
                payments,
                total);
        line(out, "load JVM (buyers, HTTP client, simulator)", bench, payments, total);
        line(out, "everything else on the machine", other, payments, total);
    }

    private static void line(java.io.PrintStream out, String what, double nanos, long payments, double total) {
        out.printf(
                "  %-58s %7.3f ms  %5.1f %% of the machine%n",
                what, payments == 0 ? 0 : nanos / 1e6 / payments, 100 * nanos / total);
    }

    private static long[] machine() {
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long user = Long.parseLong(cpu[1]);
            long nice = Long.parseLong(cpu[2]);
            long system = Long.parseLong(cpu[3]);
            long idle = Long.parseLong(cpu[4]);
            long iowait = Long.parseLong(cpu[5]);
            long irq = Long.parseLong(cpu[6]);
            long softirq = Long.parseLong(cpu[7]);
            long steal = cpu.length > 8 ? Long.parseLong(cpu[8]) : 0;
            long busy = user + nice + system + irq + softirq + steal;
            return new long[] {busy, busy + idle + iowait};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 1};
        }
    }

    private static long allPostgresTicks() {
        long ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.toList()) {
                if (proc.getFileName().toString().chars().allMatch(Character::isDigit)
                        && "postgres".equals(comm(proc))) {
                    ticks += processTicks(proc.resolve("stat"));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    private static String comm(Path proc) {
        try {
            return Files.readString(proc.resolve("comm")).trim();
        } catch (IOException gone) {
            return "";
        }
    }

    /** utime + stime of one process, from its {@code stat} line (fields 14 and 15). */
    private static long processTicks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state), so utime (14) and stime (15) are at 11 and 12.
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
