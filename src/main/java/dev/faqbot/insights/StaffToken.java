package dev.faqbot.insights;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The staff bearer token ({@code faqbot.insights.token}) that opens the insights endpoint and the health details.
 * Compared in constant time (digests of both sides), and guessing is slowed per client address: after
 * {@value #FREE_FAILURES} wrong tokens, every further try from that address is refused unheard for 1 s, then 2, 4, ...
 * up to {@value #MAX_BACK_OFF_SECONDS} s; a right token clears the address's record.
 */
@Component
public class StaffToken {

    static final int FREE_FAILURES = 3;
    static final long MAX_BACK_OFF_SECONDS = 300;

    /** The outcome of one check; {@code retryAfterSeconds} is set while the address is backing off. */
    public record Check(Outcome outcome, long retryAfterSeconds) {
    }

    /** No token configured, the right one, a wrong or missing one, or too many wrong ones lately. */
    public enum Outcome { NOT_CONFIGURED, ACCEPTED, REFUSED, BACKING_OFF }

    private final byte[] digest;
    private final Clock clock;
    private final Cache<String, Failures> failures = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(30)).build();

    @Autowired
    StaffToken(InsightsProperties properties) {
        this(properties, Clock.systemUTC());
    }

    StaffToken(InsightsProperties properties, Clock clock) {
        this.digest = properties.tokenConfigured() ? sha256(properties.token()) : null;
        this.clock = clock;
    }

    /** Checks an {@code Authorization} header value from {@code address}. */
    public Check check(String authorization, String address) {
        if (digest == null) {
            return new Check(Outcome.NOT_CONFIGURED, 0);
        }
        if (authorization == null) {
            return new Check(Outcome.REFUSED, 0); // nothing was guessed
        }
        Instant now = clock.instant();
        Failures record = failures.getIfPresent(address);
        if (record != null && now.isBefore(record.blockedUntil())) {
            return new Check(Outcome.BACKING_OFF, Math.max(1, Duration.between(now, record.blockedUntil()).toSeconds()));
        }
        if (matches(authorization)) {
            failures.invalidate(address);
            return new Check(Outcome.ACCEPTED, 0);
        }
        int count = record == null ? 1 : record.count() + 1;
        Instant blockedUntil = count <= FREE_FAILURES ? now
                : now.plusSeconds(Math.min(MAX_BACK_OFF_SECONDS, 1L << Math.min(20, count - FREE_FAILURES - 1)));
        failures.put(address, new Failures(count, blockedUntil));
        return new Check(Outcome.REFUSED, 0);
    }

    private boolean matches(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(7).strip()));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private record Failures(int count, Instant blockedUntil) {
    }
}
