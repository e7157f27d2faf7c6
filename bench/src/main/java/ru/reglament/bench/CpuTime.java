package ru.reglament.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent by the platform, by PostgreSQL and by this load client, read from /proc: it tells
 * where a measured request's cost goes on a machine where all three share two cores.
 */
record CpuTime(long appTicks, long compilerTicks, long postgresTicks, long clientTicks) {

    private static final double MS_PER_TICK = 10.0; // USER_HZ is 100 on Linux

    static CpuTime now(long appPid) {
        return new CpuTime(processTicks(appPid), compilerTicks(appPid), allPostgresTicks(),
                processTicks(ProcessHandle.current().pid()));
    }

    /** Milliseconds of CPU per unit of work (e.g. per request) since {@code before}. */
    String perUnit(CpuTime before, long units) {
        return String.format(java.util.Locale.ROOT, "app %.2f ms (JIT compiler %.0f%% of it), PostgreSQL %.2f ms, load client %.2f ms",
                (appTicks - before.appTicks) * MS_PER_TICK / units, 100 * compilerShare(before),
                (postgresTicks - before.postgresTicks) * MS_PER_TICK / units,
                (clientTicks - before.clientTicks) * MS_PER_TICK / units);
    }

    /** The JIT compiler's share of the app's CPU since {@code before}: near 0 once the JVM has compiled its hot code. */
    double compilerShare(CpuTime before) {
        long app = appTicks - before.appTicks;
        return app == 0 ? 0 : (double) (compilerTicks - before.compilerTicks) / app;
    }

    /** The HotSpot compiler threads' CPU ("C1 CompilerThread0", "C2 CompilerThread0", ...). */
    private static long compilerTicks(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return threads.filter(CpuTime::isCompiler).mapToLong(t -> ticks(t.resolve("stat"))).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean isCompiler(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).contains("CompilerThre");
        } catch (IOException gone) {
            return false;
        }
    }

    private static long allPostgresTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(CpuTime::isPostgres)
                    .mapToLong(p -> processTicks(Long.parseLong(p.getFileName().toString())))
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean isPostgres(Path process) {
        try {
            return Files.readString(process.resolve("comm")).trim().equals("postgres");
        } catch (IOException gone) {
            return false;
        }
    }

    /** utime + stime of a process, all its threads included. */
    private static long processTicks(long pid) {
        return ticks(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** utime + stime from a process's or thread's stat file. */
    private static long ticks(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
