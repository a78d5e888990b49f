package dev.faqbot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.faqbot.FaqBotApplication;
import dev.faqbot.chat.ChatWebSocketHandler;
import dev.faqbot.chat.TestChatClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The transport limits of the real server (Jetty) with small settings: the connection ceiling answers 503 at the
 * handshake, a silent chat is closed after the idle timeout, a connection that never sends its request is
 * closed after the handshake timeout, a client that stops reading is dropped while others are answered, and
 * shutting down closes open chats with 1001 (going away).
 */
class TransportLimitsTests {

    private static ConfigurableApplicationContext server;
    private static int port;

    @BeforeAll
    static void startServer() {
        server = application("--faqbot.limits.max-connections=2", "--faqbot.limits.idle-timeout=2s",
                "--server.jetty.connection-idle-timeout=1s");
        port = portOf(server);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void jettysOwnConnectionCeilingSitsAboveTheWebSocketOneSoTheHandshakeIsAlwaysAnswered() {
        Server jetty = ((JettyWebServer) ((WebServerApplicationContext) server).getWebServer()).getServer();
        assertThat(jetty.getBean(NetworkConnectionLimit.class).getMaxNetworkConnectionCount()).isEqualTo(2 + 1000);
    }

    @Test
    void connectionsBeyondTheCeilingAreRefusedAtTheHandshakeWith503() throws Exception {
        try (TestChatClient first = TestChatClient.connect(port); TestChatClient second = TestChatClient.connect(port)) {
            first.next();
            second.next();

            assertThatThrownBy(() -> TestChatClient.connect(port)).isInstanceOf(CompletionException.class)
                    .cause().isInstanceOf(WebSocketHandshakeException.class)
                    .satisfies(e -> assertThat(((WebSocketHandshakeException) e).getResponse().statusCode()).isEqualTo(503));
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            try (TestChatClient again = TestChatClient.connect(port)) {
                assertThat(again.next().get("type").asString()).isEqualTo("welcome");
            }
        });
    }

    @Test
    void aSilentChatIsClosedAfterTheIdleTimeout() throws Exception {
        try (TestChatClient client = TestChatClient.connect(port)) {
            client.next();

            assertThat(client.closeCode()).isEqualTo(1001);
        }
    }

    @Test
    void aConnectionThatNeverSendsItsRequestIsClosedAfterTheHandshakeTimeout() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();

            long started = System.nanoTime();
            assertThat(in.read()).as("the server closed the connection").isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
        }
    }

    @Test
    void aClientThatStopsReadingIsDroppedWhileOthersAreAnswered() throws Exception {
        ConfigurableApplicationContext other = application("--faqbot.limits.rate.enabled=false");
        ChatWebSocketHandler chats = other.getBean(ChatWebSocketHandler.class);
        try (RawWebSocket flooder = new RawWebSocket(portOf(other), 4096);
             TestChatClient visitor = TestChatClient.connect(HttpClient.newHttpClient(), portOf(other), null)) {
            visitor.next();
            for (int i = 0; i < 20_000; i++) {
                try {
                    flooder.sendText("{\"type\":\"ask\",\"text\":\"what are the side effects of ketamine\"}");
                } catch (IOException dropped) {
                    break; // it never reads a reply, so they pile up on the server until it drops this client
                }
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> chats.openSessions() == 1);
            assertThat(visitor.ask("is it addictive", "v").get("intent").asString()).isEqualTo("addiction-risk");
        } finally {
            other.close();
        }
    }

    @Test
    void shuttingDownClosesOpenChatsWithGoingAway() throws Exception {
        ConfigurableApplicationContext other = application();
        try (TestChatClient client = TestChatClient.connect(HttpClient.newHttpClient(), portOf(other), null)) {
            client.next();

            other.close();

            assertThat(client.closeCode()).isEqualTo(1001);
        }
    }

    /** The application on a free port; {@code args} as on the command line, so they win over application.yml. */
    private static ConfigurableApplicationContext application(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(args, 0, all, 1, args.length);
        return new SpringApplicationBuilder(FaqBotApplication.class).run(all);
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
