package dev.faqbot.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.FaqBotApplication;
import dev.faqbot.chat.TestChatClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real server's limits on every way in, driven over plain sockets: bodies beyond the cap are refused while they
 * arrive (and what arrived is still screened), and clients that trickle their headers or body are closed after the
 * configured timeouts however steadily they send, while chats and idle keep-alive connections are left alone.
 */
class RequestLimitsTests {

    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final String CRISIS = "{\"text\":\"i want to kill myself tonight\"}";

    private static ConfigurableApplicationContext server;
    private static int port;

    @BeforeAll
    static void startServer() {
        server = new SpringApplicationBuilder(FaqBotApplication.class).run("--server.port=0",
                "--faqbot.limits.header-timeout=1s", "--faqbot.limits.request-timeout=2s",
                "--server.jetty.connection-idle-timeout=5s", "--faqbot.limits.rate.enabled=false");
        port = ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void oversizedChatBodiesAreRefusedWith413WhileTheyArriveAndCrisisRepliesKeepFlowing() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        AtomicBoolean attacking = new AtomicBoolean(true);
        try {
            List<Future<Refusal>> attacks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attacks.add(pool.submit(() -> sendHuge("{\"text\":\"", true)));
            }
            Future<List<Long>> crisisMillis = pool.submit(() -> {
                List<Long> millis = new ArrayList<>();
                while (attacking.get() || millis.size() < 5) {
                    long started = System.nanoTime();
                    String reply = post(CRISIS);
                    assertThat(reply).startsWith("HTTP/1.1 200").contains("\"type\":\"crisis\"");
                    millis.add((System.nanoTime() - started) / 1_000_000);
                }
                return millis;
            });

            for (Future<Refusal> attack : attacks) {
                Refusal refusal = attack.get();
                assertThat(refusal.response()).startsWith("HTTP/1.1 413").contains("\"type\":\"error\"", "\"code\":\"too-long\"");
                assertThat(refusal.millis()).as("refused while the body was still arriving").isLessThan(2_000);
                assertThat(refusal.bytesSent()).as("the server did not wait for the whole body").isLessThan(TEN_MB);
            }
            attacking.set(false);
            assertThat(crisisMillis.get()).allSatisfy(ms -> assertThat(ms).isLessThan(1_500));
        } finally {
            attacking.set(false);
            pool.shutdownNow();
        }
    }

    @Test
    void aCrisisAtTheStartOfAnOversizedBodyStillGetsTheCrisisReply() throws Exception {
        Refusal refusal = sendHuge("{\"text\":\"i want to kill myself tonight. ", true);

        assertThat(refusal.response()).startsWith("HTTP/1.1 200").contains("\"type\":\"crisis\"", "\"category\":\"self-harm\"");
    }

    @Test
    void aChunkedBodyWithoutALengthIsCutAtTheSameLimit() throws Exception {
        Refusal refusal = sendHuge("{\"text\":\"", false);

        assertThat(refusal.response()).startsWith("HTTP/1.1 413").contains("\"code\":\"too-long\"");
    }

    @Test
    void aBodyWithinTheLimitIsStillAnswered() throws Exception {
        String text = "is ketamine addictive " + "a".repeat(7000);

        assertThat(post("{\"text\":\"" + text + "\"}")).startsWith("HTTP/1.1 400").contains("\"code\":\"too-long\"");
        assertThat(post("{\"text\":\"is ketamine addictive\"}")).startsWith("HTTP/1.1 200").contains("\"intent\":\"addiction-risk\"");
    }

    @Test
    void otherPathsRefuseLargeBodiesToo() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST /actuator/health HTTP/1.1\r\nHost: x\r\nContent-Length: " + TEN_MB
                    + "\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));

            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void clientsTricklingTheirHeadersAreClosedAfterTheHeaderTimeout() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                sockets.add(new Socket("127.0.0.1", port));
            }
            byte[] request = ("GET /actuator/health HTTP/1.1\r\nHost: x\r\nX-Slow: " + "a".repeat(200) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            long started = System.nanoTime();

            long[] closedAfter = trickleUntilClosed(sockets, request, Duration.ofSeconds(6));

            assertThat(Arrays.stream(closedAfter).boxed().toList()).allSatisfy(nanos -> assertThat(Duration.ofNanos(nanos))
                    .isBetween(Duration.ofMillis(700), Duration.ofMillis(2_200)));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    void clientsTricklingTheirBodyAreClosedAfterTheRequestTimeout() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                socket.getOutputStream().write(("POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 500\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                sockets.add(socket);
            }
            byte[] body = ("{\"text\":\"" + "a".repeat(480) + "\"}").getBytes(StandardCharsets.US_ASCII);

            long[] closedAfter = trickleUntilClosed(sockets, body, Duration.ofSeconds(8));

            assertThat(Arrays.stream(closedAfter).boxed().toList()).allSatisfy(nanos -> assertThat(Duration.ofNanos(nanos))
                    .isBetween(Duration.ofMillis(1_700), Duration.ofMillis(3_200)));
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    void aKeepAliveConnectionIdleBetweenRequestsAndAWebSocketChatOutliveBothTimeouts() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port); TestChatClient chat = TestChatClient.connect(port)) {
            socket.setSoTimeout(5_000);
            chat.next();
            byte[] request = "GET /actuator/health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            socket.getOutputStream().write(request);
            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 200");

            Thread.sleep(2_600);

            socket.getOutputStream().write(request);
            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 200");
            assertThat(chat.ask("is ketamine addictive", "k").get("intent").asString()).isEqualTo("addiction-risk");
        }
    }

    /** What the server answered to a 10 MB body sent as fast as it takes it, how soon, and how much had been sent. */
    private record Refusal(String response, long millis, long bytesSent) {
    }

    private static Refusal sendHuge(String start, boolean withLength) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + (withLength ? "Content-Length: " + TEN_MB : "Transfer-Encoding: chunked") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            long started = System.nanoTime();
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[65_536];
                Arrays.fill(chunk, (byte) 'a');
                byte[] head = start.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(head, 0, chunk, 0, head.length);
                try {
                    while (sent.get() < TEN_MB) {
                        out.write(withLength ? chunk : chunked(chunk));
                        sent.addAndGet(chunk.length);
                        Arrays.fill(chunk, 0, head.length, (byte) 'a');
                    }
                } catch (IOException closedByServer) {
                    // expected once the server has answered
                }
            });
            writer.setDaemon(true);
            writer.start();
            String response = readResponse(socket.getInputStream());
            long millis = (System.nanoTime() - started) / 1_000_000;
            writer.join(10_000);
            return new Refusal(response, millis, sent.get());
        }
    }

    private static byte[] chunked(byte[] data) {
        byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + data.length + 2];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(data, 0, all, head.length, data.length);
        all[all.length - 2] = '\r';
        all[all.length - 1] = '\n';
        return all;
    }

    private static String post(String json) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream().write(("POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            return readResponse(socket.getInputStream());
        }
    }

    /** One response: the head, and the body as far as Content-Length or the chunked terminator says. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                return seen.toString(StandardCharsets.UTF_8);
            }
            seen.write(b);
            String text = seen.toString(StandardCharsets.UTF_8);
            int headEnd = text.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                continue;
            }
            String head = text.substring(0, headEnd).toLowerCase();
            int length = head.indexOf("content-length: ");
            if (length >= 0) {
                int n = Integer.parseInt(head.substring(length + 16).split("\r\n")[0].strip());
                if (seen.size() >= headEnd + 4 + n) {
                    return text;
                }
            } else if (!head.contains("transfer-encoding: chunked") || text.endsWith("\r\n0\r\n\r\n")) {
                return text;
            }
        }
    }

    /**
     * Sends {@code data} one byte every 100 ms on each socket, in turn, until the server closes them all (or the
     * limit passes); returns how long after its first byte each one was closed.
     */
    private static long[] trickleUntilClosed(List<Socket> sockets, byte[] data, Duration limit) throws Exception {
        long[] firstByte = new long[sockets.size()];
        long[] closedAfter = new long[sockets.size()];
        Arrays.fill(closedAfter, -1);
        for (Socket socket : sockets) {
            socket.setSoTimeout(1);
        }
        long started = System.nanoTime();
        for (int i = 0; System.nanoTime() - started < limit.toNanos(); i++) {
            boolean allClosed = true;
            for (int s = 0; s < sockets.size(); s++) {
                if (closedAfter[s] >= 0) {
                    continue;
                }
                Socket socket = sockets.get(s);
                try {
                    if (i > 0 && socket.getInputStream().read() < 0) {
                        closedAfter[s] = System.nanoTime() - firstByte[s];
                        continue;
                    }
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // nothing from the server yet
                } catch (SocketException reset) {
                    closedAfter[s] = System.nanoTime() - firstByte[s];
                    continue;
                }
                try {
                    if (i == 0) {
                        firstByte[s] = System.nanoTime();
                    }
                    socket.getOutputStream().write(data[i % data.length]);
                    allClosed = false;
                } catch (SocketException reset) {
                    closedAfter[s] = System.nanoTime() - firstByte[s];
                }
            }
            if (allClosed) {
                break;
            }
            Thread.sleep(100);
        }
        for (int s = 0; s < sockets.size(); s++) {
            assertThat(closedAfter[s]).as("connection %d closed by the server", s).isNotNegative();
        }
        return closedAfter;
    }
}
