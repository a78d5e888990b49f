package dev.faqbot.system;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which web pages may embed the widget ({@code faqbot.embed.allowed-origins}): origin patterns allowed
 * to open the WebSocket and call the HTTP API. The server's own origin is always allowed; never
 * {@code *} by default.
 */
@ConfigurationProperties("faqbot.embed")
public record EmbedProperties(
        @DefaultValue({"http://localhost:[*]", "http://127.0.0.1:[*]"}) List<String> allowedOrigins) {
}
