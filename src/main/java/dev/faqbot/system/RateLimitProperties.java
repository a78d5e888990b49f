package dev.faqbot.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token-bucket rate limits ({@code faqbot.limits.rate.*}). A visitor over a limit gets {@code error}
 * {@code rate-limited} with a retry hint; crisis messages are screened and answered regardless.
 *
 * @param connectionBurst messages one WebSocket connection may send at once
 * @param connectionPerMinute messages per minute one connection regains
 * @param ipBurst messages one client address may send at once, across its connections and HTTP calls
 * @param ipPerMinute messages per minute one client address regains
 * @param trackedAddresses most client addresses remembered at once (least recently seen are forgotten)
 * @param redisUrl when set (e.g. {@code redis://10.0.0.5:6379}), address limits are shared by every instance
 *                 through Redis; otherwise each instance keeps its own
 */
@ConfigurationProperties("faqbot.limits.rate")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10") int connectionBurst,
        @DefaultValue("30") int connectionPerMinute,
        @DefaultValue("60") int ipBurst,
        @DefaultValue("240") int ipPerMinute,
        @DefaultValue("100000") int trackedAddresses,
        @DefaultValue("") String redisUrl) {
}
