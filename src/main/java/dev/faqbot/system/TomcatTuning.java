package dev.faqbot.system;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes idle chat connections cheap: a widget keeps its WebSocket open for the whole visit, so the
 * per-connection buffers (8 KiB each by default) dominate the heap. Chat frames are small, so 2 KiB
 * socket buffers cost nothing in speed. Tomcat's own ceiling is {@code server.tomcat.max-connections}
 * (application.yml); {@code faqbot.limits.max-connections} refuses WebSocket handshakes beyond it.
 */
@Configuration
public class TomcatTuning {

    /** Tomcat's per-session WebSocket buffer size, read once when its WebSocket classes load. */
    static final String WEBSOCKET_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final String SMALL_BUFFER = "2048";

    @Bean
    TomcatConnectorCustomizer smallConnectionBuffers() {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", SMALL_BUFFER);
            connector.setProperty("socket.appWriteBufSize", SMALL_BUFFER);
        };
    }

    /** Call before the web server starts (the application's main does). */
    public static void useSmallWebSocketBuffers() {
        if (System.getProperty(WEBSOCKET_BUFFER_PROPERTY) == null) {
            System.setProperty(WEBSOCKET_BUFFER_PROPERTY, SMALL_BUFFER);
        }
    }
}
