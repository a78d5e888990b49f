package dev.faqbot.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Input limits ({@code faqbot.limits.*}).
 *
 * @param maxMessageChars longest question answered; longer ones get {@code too-long} (after screening)
 * @param maxFrameChars largest WebSocket text frame accepted; a larger one closes the socket with 1009
 * @param maxBinaryFrameBytes largest binary frame read (binary frames always get an error reply)
 */
@ConfigurationProperties("faqbot.limits")
public record LimitsProperties(
        @DefaultValue("1000") int maxMessageChars,
        @DefaultValue("8192") int maxFrameChars,
        @DefaultValue("1024") int maxBinaryFrameBytes) {
}
