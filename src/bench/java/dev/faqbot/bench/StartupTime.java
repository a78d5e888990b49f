package dev.faqbot.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from {@code java -jar} to {@code /actuator/health} answering UP, and to the first reply, median of {@code --runs}.
 * Each run starts the jar on a free port in the current directory (so it reads {@code ./intents}), polls health every
 * 20 ms, asks one question over HTTP, then stops it with SIGTERM. Every run prints its steps, in seconds from the launch
 * (the server's own log lines, timestamped to the millisecond): {@code jvm} the JVM up and Spring starting, {@code content}
 * the intents loaded, {@code model} the intent model, the crisis layers and the sentence-embedding model live,
 * {@code context} Spring's context refreshed, {@code healthy} UP seen from outside, {@code reply} the first answer received;
 * the medians of each step follow. It also prints the CPU the server used until UP, which a busy machine disturbs less
 * than the wall-clock time.
 * <p>
 * {@code --java} runs the server on another JDK (its home or its {@code java}), {@code --aot-cache} maps the JDK's AOT
 * cache and turns Spring's AOT mode on (the production path, README), {@code --jvm-args} adds JVM options
 * (space-separated), {@code --cds-archive} maps a class-data-sharing archive. With {@code --main} it starts that class from
 * this benchmark's own class path instead of the jar: {@code --main=dev.faqbot.bench.EmptySpringApplication} is the
 * floor of the stack (an application with no code of its own on the same starters). Arguments after {@code --} go to
 * the server.
 *
 * <pre>
 * --jar=/tmp/build-bench/ketamine-faq-bot-0.1.0-SNAPSHOT.jar [--runs=5] [-- --spring.datasource.url=...]
 * --jar=target/app/ketamine-faq-bot-0.1.0-SNAPSHOT.jar --java=/usr/lib/jvm/temurin-25-jdk-amd64 --aot-cache=target/app/faqbot.aot
 * --main=dev.faqbot.bench.EmptySpringApplication [--runs=3]
 * </pre>
 */
public final class StartupTime {

    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([\\d.]+) seconds");
    private static final Pattern TRAINED = Pattern.compile("(?:trained|model ready) in (\\d+) ms");
    private static final String[] STEPS = {"jvm", "content", "model", "context", "healthy", "reply"};

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        Path jar = Path.of(a.string("jar", "target/ketamine-faq-bot-0.1.0-SNAPSHOT.jar"));
        int runs = a.integer("runs", 3);
        String cdsArchive = a.string("cds-archive", null);
        String aotCache = a.string("aot-cache", null);
        String jvmArgs = a.string("jvm-args", "");
        String mainClass = a.string("main", null);
        String java = javaCommand(a.string("java", System.getProperty("java.home")));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Map<String, List<Double>> steps = new LinkedHashMap<>();
        List<Double> cpus = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            int port = freePort();
            Path log = Files.createTempFile("faqbot-startup-", ".log");
            List<String> command = new ArrayList<>(List.of(java));
            if (!jvmArgs.isBlank()) {
                command.addAll(List.of(jvmArgs.strip().split("\\s+")));
            }
            if (cdsArchive != null) {
                command.addAll(List.of("-XX:SharedArchiveFile=" + cdsArchive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            }
            if (aotCache != null) {
                command.addAll(List.of("-XX:AOTCache=" + aotCache, "-Dspring.aot.enabled=true"));
            }
            if (mainClass == null) {
                command.addAll(List.of("-jar", jar.toString()));
            } else {
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
            }
            command.add("--server.port=" + port);
            command.addAll(a.rest());
            long launchedAt = System.currentTimeMillis();
            long start = System.nanoTime();
            Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                double up = waitUntilUp(http, port, server, start);
                double cpu = new ServerProcess(server.pid()).cpuNanos() / 1e9;
                double reply = mainClass == null ? firstReply(http, port, start) : Double.NaN;
                String output = Files.readString(log);
                Map<String, Double> step = new LinkedHashMap<>();
                step.put("jvm", at(output, "Starting ", launchedAt));
                step.put("content", at(output, "Loaded \\d+ intents in", launchedAt));
                step.put("model", Math.max(at(output, "model ready in", launchedAt), at(output, "Sentence-embedding model loaded", launchedAt)));
                step.put("context", at(output, "Started \\S+ in", launchedAt));
                step.put("healthy", up);
                step.put("reply", reply);
                StringBuilder line = new StringBuilder();
                for (Map.Entry<String, Double> e : step.entrySet()) {
                    line.append(String.format(" %s %.2f", e.getKey(), e.getValue()));
                    steps.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
                }
                cpus.add(cpu);
                System.out.printf("run %d (s from launch):%s; %.1f s of CPU until UP (Spring: started in %s s; model ready in %s ms)%n",
                        run, line, cpu, find(STARTED, output), find(TRAINED, output));
                if (output.contains("[aot]") || output.contains("[cds]")) {
                    output.lines().filter(l -> l.contains("[aot]") || l.contains("[cds]")).limit(5).forEach(System.out::println);
                }
            } finally {
                server.destroy();
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor();
                }
                Files.deleteIfExists(log);
            }
        }
        StringBuilder medians = new StringBuilder();
        for (String name : STEPS) {
            medians.append(String.format(" %s %.2f", name, median(steps.getOrDefault(name, List.of(Double.NaN)))));
        }
        System.out.printf("medians over %d runs (s from launch):%s; CPU until UP %.1f s%n", runs, medians, median(cpus));
        System.out.printf("median time to UP over %d runs: %.2f s%n", runs, median(steps.get("healthy")));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Seconds from the launch to the first log line matching {@code regex} (NaN when there is none). */
    private static double at(String output, String regex, long launchedAt) {
        Pattern line = Pattern.compile("^(\\S+)\\s.*" + regex, Pattern.MULTILINE);
        Matcher m = line.matcher(output);
        if (!m.find()) {
            return Double.NaN;
        }
        try {
            return (OffsetDateTime.parse(m.group(1)).toInstant().toEpochMilli() - launchedAt) / 1000.0;
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }

    /** Asks one question over HTTP; returns the seconds from the launch to its answer. */
    private static double firstReply(HttpClient http, int port, long start) throws Exception {
        HttpRequest ask = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"is ketamine addictive?\"}")).build();
        HttpResponse<String> reply = http.send(ask, HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("the first question was answered " + reply.statusCode() + ": " + reply.body());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double waitUntilUp(HttpClient http, int port, Process server, long start) throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = start + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with " + server.exitValue());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return (System.nanoTime() - start) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("not UP within 120 s");
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : "?";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The {@code java} of a JDK home, or the given executable itself. */
    private static String javaCommand(String javaOrHome) {
        Path path = Path.of(javaOrHome);
        return Files.isDirectory(path) ? path.resolve("bin").resolve("java").toString() : path.toString();
    }

    private StartupTime() {
    }
}
