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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from {@code java -jar} to {@code /actuator/health} answering UP, median of {@code --runs}. Each run
 * starts the jar on a free port in the current directory (so it reads {@code ./intents}), polls health every
 * 20 ms, then stops it with SIGTERM. It also prints the CPU the server used until UP, which a busy machine
 * disturbs less than the wall-clock time. With {@code --cds-archive} the JVM maps a class-data-sharing archive
 * (README: faster start-up). With {@code --main} it starts that class from this benchmark's own class path instead
 * of the jar: {@code --main=dev.faqbot.bench.EmptySpringApplication} is the floor of the stack (an application
 * with no code of its own on the same starters), to compare with {@code --main=dev.faqbot.FaqBotApplication}.
 * Arguments after {@code --} go to the server.
 *
 * <pre>
 * --jar=/tmp/build-bench/ketamine-faq-bot-0.1.0-SNAPSHOT.jar [--runs=3] [--cds-archive=target/app/faqbot.jsa] [-- --spring.datasource.url=...]
 * --main=dev.faqbot.bench.EmptySpringApplication [--runs=3]
 * </pre>
 */
public final class StartupTime {

    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([\\d.]+) seconds");
    private static final Pattern TRAINED = Pattern.compile("(?:trained|model ready) in (\\d+) ms");

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        Path jar = Path.of(a.string("jar", "target/ketamine-faq-bot-0.1.0-SNAPSHOT.jar"));
        int runs = a.integer("runs", 3);
        String cdsArchive = a.string("cds-archive", null);
        String mainClass = a.string("main", null);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        List<Double> seconds = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            int port = freePort();
            Path log = Files.createTempFile("faqbot-startup-", ".log");
            List<String> command = new ArrayList<>(List.of(javaCommand()));
            if (cdsArchive != null) {
                command.addAll(List.of("-XX:SharedArchiveFile=" + cdsArchive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            }
            if (mainClass == null) {
                command.addAll(List.of("-jar", jar.toString()));
            } else {
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
            }
            command.add("--server.port=" + port);
            command.addAll(a.rest());
            long start = System.nanoTime();
            Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                double up = waitUntilUp(http, port, server, start);
                double cpu = new ServerProcess(server.pid()).cpuNanos() / 1e9;
                seconds.add(up);
                String output = Files.readString(log);
                System.out.printf("run %d: UP after %.2f s, %.1f s of CPU (Spring: started in %s s; model ready in %s ms)%n",
                        run, up, cpu, find(STARTED, output), find(TRAINED, output));
            } finally {
                server.destroy();
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor();
                }
                Files.deleteIfExists(log);
            }
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        System.out.printf("median time to UP over %d runs: %.2f s%n", runs, sorted.get(sorted.size() / 2));
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

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private StartupTime() {
    }
}
