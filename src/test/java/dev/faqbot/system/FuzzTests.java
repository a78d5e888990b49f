package dev.faqbot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Three thousand random and malformed frames (invalid UTF-8, binary, huge, deeply nested, unknown
 * fields, floods) leave the server healthy and answering, with no error in its log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class FuzzTests {

    private static final int FRAMES = 1_000;

    @LocalServerPort
    int port;

    private final Random random = new Random(20261121);

    @Test
    void aThousandMalformedFramesLeaveTheServerHealthyAndAnswering(CapturedOutput output) throws Exception {
        int sent = 0;
        int replies = 0;
        int closes = 0;
        RawWebSocket socket = open();
        while (sent < FRAMES) {
            int kind = random.nextInt(100);
            try {
                if (kind < 30) {
                    socket.sendText(randomJson(random.nextInt(4)));
                } else if (kind < 45) {
                    socket.sendText(randomText(1 + random.nextInt(200)));
                } else if (kind < 55) {
                    socket.send(RawWebSocket.BINARY, randomBytes(1 + random.nextInt(900)));
                } else if (kind < 65) {
                    socket.sendText("{\"text\":" + "[".repeat(1 + random.nextInt(500)) + "\"x\"" + "]".repeat(random.nextInt(500)) + "}");
                } else if (kind < 75) {
                    socket.sendText("{\"type\":\"ask\",\"text\":\"hi\",\"" + randomText(8) + "\":" + random.nextInt() + ",\"x\":{\"y\":null}}");
                } else if (kind < 98) {
                    socket.sendText(random.nextBoolean() ? "" : "{\"type\":\"ask\",\"text\":\"" + "a".repeat(random.nextInt(1500)) + "\"}");
                } else if (kind < 99) {
                    socket.send(RawWebSocket.TEXT, invalidUtf8());
                } else {
                    socket.sendText("{\"text\":\"" + "z".repeat(10_000 + random.nextInt(20_000)) + "\"}");
                }
                sent++;
                RawWebSocket.Frame frame = socket.read();
                while (frame != null && frame.opcode() == RawWebSocket.TEXT && frame.text().contains("\"welcome\"")) {
                    frame = socket.read();
                }
                if (frame == null || frame.opcode() == RawWebSocket.CLOSE) {
                    if (frame != null) {
                        assertThat(frame.closeCode()).as("close code").isIn(1007, 1009);
                    }
                    closes++;
                    socket.close();
                    socket = open();
                } else {
                    assertThat(frame.text()).startsWith("{\"type\":");
                    replies++;
                }
            } catch (IOException e) {
                closes++;
                socket.close();
                socket = open();
            }
        }
        socket.close();

        assertThat(sent).isEqualTo(FRAMES);
        assertThat(replies).isGreaterThan(FRAMES * 9 / 10);
        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("\"UP\"");
        String answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"is ketamine addictive\"}")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(answer).contains("\"intent\":\"addiction-risk\"");
        assertThat(output.getAll().lines().filter(l -> l.contains(" ERROR ") || l.contains("Exception"))).isEmpty();
        System.out.printf("fuzz: %d frames, %d replies, %d connections closed by the server (1007/1009)%n", sent, replies, closes);
    }

    private RawWebSocket open() throws IOException {
        RawWebSocket socket = new RawWebSocket(port);
        RawWebSocket.Frame welcome = socket.read();
        assertThat(welcome).isNotNull();
        return socket;
    }

    private String randomJson(int depth) {
        return switch (random.nextInt(6)) {
            case 0 -> "{\"text\":" + randomValue(depth) + "}";
            case 1 -> "{\"intent\":" + randomValue(depth) + ",\"id\":" + randomValue(depth) + "}";
            case 2 -> "{\"type\":" + randomValue(depth) + ",\"text\":\"hello\"}";
            case 3 -> "[" + randomValue(depth) + "]";
            case 4 -> "{\"text\":\"" + randomText(30).replace("\"", "").replace("\\", "") + "\",\"id\":" + randomValue(depth) + "}";
            default -> randomValue(depth);
        };
    }

    private String randomValue(int depth) {
        return switch (depth <= 0 ? random.nextInt(5) : random.nextInt(7)) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> "true";
            case 3 -> "\"" + randomText(20).replace("\"", "'").replace("\\", "/") + "\"";
            case 4 -> String.valueOf(random.nextDouble());
            case 5 -> "[" + randomValue(depth - 1) + "," + randomValue(depth - 1) + "]";
            default -> "{\"" + randomText(5).replace("\"", "").replace("\\", "") + "\":" + randomValue(depth - 1) + "}";
        };
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            text.appendCodePoint(pick < 6 ? 32 + random.nextInt(95) : pick < 8 ? 0xA0 + random.nextInt(0x2000) : 0x1F600 + random.nextInt(80));
        }
        return text.toString();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] invalidUtf8() {
        return new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
    }

}
