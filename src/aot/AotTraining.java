import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The training run of the JDK's AOT cache (JEP 483/514/515), run by {@code mvn -Paot package} on Java 25 as a
 * single-file program: starts the extracted jar with {@code -XX:AOTCacheOutput}, waits until it is healthy, asks real
 * questions over HTTP and one WebSocket (a crisis message among them, so the screen's whole path is recorded), then
 * stops it with SIGTERM; the JVM writes the cache as it exits.
 *
 * <pre>java src/aot/AotTraining.java JAR CACHE [server arguments...]</pre>
 */
public final class AotTraining {

    private static final List<String> QUESTIONS = List.of(
            "how much does an infusion cost?",
            "is ketamine addictive?",
            "Can I drive home after my session",
            "what are your hours",
            "does insurance cover spravato? I have aetna and my psychiatrist said it might be covered but I am not sure "
                    + "what the copay would be or whether I need a prior authorization before the first visit.",
            "I want to kill myself",
            "¿cuánto cuesta una infusión?",
            "where do I park");

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() < 25) {
            throw new IllegalStateException("the AOT cache needs Java 25 or later (JAVA_HOME=/path/to/jdk-25 mvn -Paot package); this is "
                    + Runtime.version());
        }
        Path jar = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        Files.deleteIfExists(cache);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:AOTCacheOutput=" + cache, "-Dspring.aot.enabled=true", "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(List.of(args).subList(2, args.length));
        Path log = cache.resolveSibling(cache.getFileName() + ".training.log");
        System.out.println("AOT training run: " + String.join(" ", command));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String base = "http://127.0.0.1:" + port;
            waitUntilUp(http, base, server, log);
            for (int round = 0; round < 3; round++) {
                for (String question : QUESTIONS) {
                    String body = "{\"text\":\"" + question.replace("\"", "\\\"") + "\"}";
                    HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base + "/api/chat"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (reply.statusCode() != 200) {
                        throw new IllegalStateException("POST /api/chat answered " + reply.statusCode() + ": " + reply.body());
                    }
                }
            }
            askOverWebSocket(http, "ws://127.0.0.1:" + port + "/ws/chat");
            for (String page : List.of("/", "/widget.js", "/actuator/info")) {
                http.send(HttpRequest.newBuilder(URI.create(base + page)).build(), HttpResponse.BodyHandlers.discarding());
            }
        } finally {
            server.destroy();
            if (!server.waitFor(300, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("no AOT cache written; see " + log);
        }
        System.out.printf("AOT cache %s written (%d MiB); training log %s%n", cache, Files.size(cache) >> 20, log);
    }

    private static void waitUntilUp(HttpClient http, String base, Process server, Path log) throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with " + server.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the server was not healthy within 180 s; see " + log);
    }

    /** One chat over the WebSocket: the welcome, a question and its reply. */
    private static void askOverWebSocket(HttpClient http, String url) throws Exception {
        CompletableFuture<Void> replies = new CompletableFuture<>();
        WebSocket.Listener listener = new WebSocket.Listener() {
            private int frames;

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                if (last && ++frames == 2) {
                    replies.complete(null);
                }
                socket.request(1);
                return null;
            }
        };
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(url), listener).get(10, TimeUnit.SECONDS);
        socket.sendText("{\"type\":\"ask\",\"text\":\"how long does it last?\",\"id\":\"aot\"}", true);
        replies.get(10, TimeUnit.SECONDS);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
    }

    private AotTraining() {
    }
}
