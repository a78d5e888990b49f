package dev.faqbot.system;

import dev.faqbot.chat.ChatWebSocketHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/** Registers {@code /ws/chat}, its transport limits and the embedding origin allowlist (WebSocket and HTTP API). */
@Configuration
@EnableWebSocket
class WebSocketConfig implements WebSocketConfigurer, WebMvcConfigurer {

    private final ChatWebSocketHandler handler;
    private final EmbedProperties embed;
    private final LimitsProperties limits;

    WebSocketConfig(ChatWebSocketHandler handler, EmbedProperties embed, LimitsProperties limits) {
        this.handler = handler;
        this.embed = embed;
        this.limits = limits;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws/chat").setAllowedOriginPatterns(embed.allowedOrigins().toArray(String[]::new));
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/chat").allowedOriginPatterns(embed.allowedOrigins().toArray(String[]::new))
                .allowedMethods("POST").allowedHeaders("Content-Type");
    }

    /** A frame over the limit closes the socket with 1009; small buffers keep idle connections cheap. */
    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(limits.maxFrameChars());
        container.setMaxBinaryMessageBufferSize(limits.maxBinaryFrameBytes());
        return container;
    }
}
