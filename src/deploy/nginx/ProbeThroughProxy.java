import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Checks a proxied deployment end to end: the demo page, the HTTP API and 20 WebSocket chats (which nginx
 * spreads over the instances). Run with: java ProbeThroughProxy.java http://127.0.0.1:8080
 */
public class ProbeThroughProxy {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        HttpClient http = HttpClient.newHttpClient();
        check(http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString()).body().contains("widget.js"), "demo page");
        String answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"is ketamine addictive\"}")).build(), HttpResponse.BodyHandlers.ofString()).body();
        check(answer.contains("\"addiction-risk\""), "HTTP API answer");
        for (int i = 0; i < 20; i++) {
            LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
            WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(base.replace("http", "ws") + "/ws/chat"), new WebSocket.Listener() {
                StringBuilder partial = new StringBuilder();
                public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) { frames.add(partial.toString()); partial = new StringBuilder(); }
                    w.request(1);
                    return CompletableFuture.completedFuture(null);
                }
            }).get(5, TimeUnit.SECONDS);
            check(String.valueOf(frames.poll(5, TimeUnit.SECONDS)).contains("\"welcome\""), "welcome over the proxy");
            ws.sendText("{\"type\":\"ask\",\"text\":\"i want to end my life\",\"id\":\"p" + i + "\"}", true);
            String crisis = String.valueOf(frames.poll(5, TimeUnit.SECONDS));
            check(crisis.contains("\"crisis\"") && crisis.contains("\"replyTo\":\"p" + i + "\""), "crisis reply over the proxy");
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
        System.out.println("proxy probe: demo page, HTTP API and 20 WebSocket chats OK");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            System.err.println("proxy probe FAILED: " + what);
            System.exit(1);
        }
    }
}
