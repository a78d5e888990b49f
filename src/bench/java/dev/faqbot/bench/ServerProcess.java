package dev.faqbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a running server's CPU time ({@code /proc/<pid>/stat}) and heap use ({@code jcmd}) from outside. */
final class ServerProcess {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total (?:reserved \\d+K, committed )?\\d+K, used (\\d+)K");

    private final long pid;
    private final long ticksPerSecond;

    ServerProcess(long pid) {
        this.pid = pid;
        this.ticksPerSecond = clockTicks();
    }

    /** User plus system CPU time of the whole process, in nanoseconds. */
    long cpuNanos() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // fields after "(comm)": state is field 3, utime 14 and stime 15 (1-based)
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1_000_000_000L / ticksPerSecond;
    }

    /** Resident set size in KiB ({@code VmRSS}). */
    long rssKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /** Runs a full GC in the server, then returns the heap in use after it, in KiB. */
    long heapUsedAfterGcKib() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher m = HEAP_USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("no heap use in jcmd output:\n" + info);
        }
        return Long.parseLong(m.group(1));
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(jdkTool("jcmd"), Long.toString(pid), command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed:\n" + out);
        }
        return out;
    }

    private static String jdkTool(String name) {
        Path tool = Path.of(System.getProperty("java.home"), "bin", name);
        return Files.isExecutable(tool) ? tool.toString() : name;
    }

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor();
            return Long.parseLong(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
