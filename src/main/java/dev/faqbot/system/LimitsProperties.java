package dev.faqbot.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Input and connection limits ({@code faqbot.limits.*}); rate limits are {@link RateLimitProperties}.
 *
 * @param maxMessageChars longest question answered; longer ones get {@code too-long} (after screening)
 * @param maxFrameBytes largest WebSocket text message accepted, in UTF-8 bytes (room for a too-long question in any
 *        script, so that it is still screened and answered); a larger one closes the socket with 1009
 * @param maxBodyBytes largest HTTP request body; {@code POST /api/chat} reads no more than this, screens it and answers a
 *        larger one with 413 and the error {@code too-long}; other paths get 413 from Jetty
 * @param maxBinaryFrameBytes largest binary frame read (binary frames always get an error reply)
 * @param maxJsonDepth deepest JSON nesting accepted in a client message
 * @param maxJsonFields most fields accepted in a client message
 * @param maxConnections most WebSocket connections open at once; more are refused at the handshake (503)
 * @param idleTimeout a WebSocket with no message for this long is closed
 * @param headerTimeout an HTTP request whose headers are still incomplete this long after its first byte is closed
 * @param requestTimeout an HTTP request (headers, body and reply) not finished after this long is closed
 */
@ConfigurationProperties("faqbot.limits")
public record LimitsProperties(
        @DefaultValue("1000") int maxMessageChars,
        @DefaultValue("8192") int maxFrameBytes,
        @DefaultValue("8192") int maxBodyBytes,
        @DefaultValue("1024") int maxBinaryFrameBytes,
        @DefaultValue("8") int maxJsonDepth,
        @DefaultValue("16") int maxJsonFields,
        @DefaultValue("25000") int maxConnections,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("10s") Duration headerTimeout,
        @DefaultValue("20s") Duration requestTimeout) {
}
