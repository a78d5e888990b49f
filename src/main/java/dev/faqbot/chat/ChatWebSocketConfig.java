package dev.faqbot.chat;

import dev.faqbot.system.EmbedProperties;
import dev.faqbot.system.LimitsProperties;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.jetty.JettyRequestUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/** Registers the chat's endpoints' transport: {@code /ws/chat} with its limits, and the embedding origin allowlist (WebSocket and HTTP API). */
@Configuration
@ConditionalOnWebApplication
@EnableWebSocket
class ChatWebSocketConfig implements WebSocketConfigurer, WebMvcConfigurer {

    private static final int SMALL_BUFFER_BYTES = 2048;
    private static final int MAX_QUEUED_REPLIES = 32;

    private final ChatWebSocketHandler handler;
    private final EmbedProperties embed;
    private final LimitsProperties limits;

    ChatWebSocketConfig(ChatWebSocketHandler handler, EmbedProperties embed, LimitsProperties limits) {
        this.handler = handler;
        this.embed = embed;
        this.limits = limits;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws/chat").addInterceptors(new ConnectionLimit())
                .setHandshakeHandler(new DefaultHandshakeHandler(jettyUpgrade()))
                .setAllowedOriginPatterns(embed.allowedOrigins().toArray(String[]::new));
    }

    /**
     * Jetty's own WebSocket settings: a message over the limit closes the socket with 1009, an idle socket is
     * closed, and the per-connection buffers are small because chat frames are (Jetty was chosen over Tomcat
     * for this: 15 KiB of heap per idle connection against Tomcat's 29 KiB, at the same CPU per reply; README).
     */
    private JettyRequestUpgradeStrategy jettyUpgrade() {
        JettyRequestUpgradeStrategy strategy = new JettyRequestUpgradeStrategy();
        strategy.addWebSocketConfigurer(session -> {
            session.setMaxTextMessageSize(limits.maxFrameBytes());
            session.setMaxBinaryMessageSize(limits.maxBinaryFrameBytes());
            session.setIdleTimeout(limits.idleTimeout());
            session.setInputBufferSize(SMALL_BUFFER_BYTES);
            session.setOutputBufferSize(SMALL_BUFFER_BYTES);
            // replies waiting for a client that stopped reading: beyond this it is disconnected (ReplySender)
            session.setMaxOutgoingFrames(MAX_QUEUED_REPLIES);
        });
        return strategy;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/chat").allowedOriginPatterns(embed.allowedOrigins().toArray(String[]::new))
                .allowedMethods("POST").allowedHeaders("Content-Type");
    }

    /** Refuses the handshake with 503 once {@code faqbot.limits.max-connections} sockets are open. */
    private final class ConnectionLimit implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler wsHandler,
                                       Map<String, Object> attributes) {
            if (handler.openSessions() >= limits.maxConnections()) {
                response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
                return false;
            }
            return true;
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler wsHandler,
                                   Exception exception) {
        }
    }
}
