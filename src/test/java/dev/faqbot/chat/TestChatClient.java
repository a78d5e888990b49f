package dev.faqbot.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real WebSocket client (the JDK's) for tests: sends JSON frames and reads the replies in order. */
public final class TestChatClient implements AutoCloseable {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;

    private TestChatClient(HttpClient http, URI uri, String origin) {
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        this.socket = builder.buildAsync(uri, new Listener()).join();
    }

    public static TestChatClient connect(int port) {
        return connect(HttpClient.newHttpClient(), port, null);
    }

    public static TestChatClient connect(HttpClient http, int port, String origin) {
        return new TestChatClient(http, URI.create("ws://localhost:" + port + "/ws/chat"), origin);
    }

    /** A connection whose URL names the widget's language ({@code /ws/chat?lang=es}). */
    public static TestChatClient connectInLanguage(int port, String lang) {
        return new TestChatClient(HttpClient.newHttpClient(), URI.create("ws://localhost:" + port + "/ws/chat?lang=" + lang), null);
    }

    public JsonNode next() throws InterruptedException {
        String frame = received.poll(10, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no reply within 10 s");
        }
        return MAPPER.readTree(frame);
    }

    public JsonNode ask(String text, String id) throws InterruptedException {
        sendText(MAPPER.writeValueAsString(java.util.Map.of("type", "ask", "text", text, "id", id)));
        return next();
    }

    public void sendText(String frame) {
        socket.sendText(frame, true).join();
    }

    public void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    /** The close code the server sent, waiting up to 10 s for it. */
    public int closeCode() throws Exception {
        return closeCode.get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.completeExceptionally(error);
        }
    }
}
