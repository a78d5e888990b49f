package dev.faqbot.system;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Per-connection and per-client-address token buckets (Bucket4j). Address buckets are local to this
 * instance, or shared by all instances through Redis when {@code faqbot.limits.rate.redis-url} is set;
 * if Redis cannot be reached the message is let through (limits protect capacity; they must never
 * cost a visitor an answer).
 */
@Component
public class RateLimiter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    private final RateLimitProperties settings;
    private final BucketConfiguration addressLimit;
    private final AddressBuckets addresses;

    public RateLimiter(RateLimitProperties settings) {
        this.settings = settings;
        this.addressLimit = BucketConfiguration.builder().addLimit(bandwidth(settings.ipBurst(), settings.ipPerMinute())).build();
        this.addresses = settings.redisUrl().isBlank()
                ? AddressBuckets.local(settings.trackedAddresses())
                : AddressBuckets.redis(settings.redisUrl());
    }

    /** A fresh bucket for one connection (or one HTTP conversation). */
    public Bucket newConnectionBucket() {
        return Bucket.builder().addLimit(bandwidth(settings.connectionBurst(), settings.connectionPerMinute())).build();
    }

    /**
     * Takes one message from the connection's and the address's buckets.
     *
     * @return 0 when allowed, otherwise the whole seconds to wait before trying again
     */
    public int tryAcquire(Bucket connection, String address) {
        if (!settings.enabled()) {
            return 0;
        }
        ConsumptionProbe probe = connection.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            return seconds(probe.getNanosToWaitForRefill());
        }
        try {
            ConsumptionProbe shared = addresses.bucketFor(address == null ? "unknown" : address, addressLimit)
                    .tryConsumeAndReturnRemaining(1);
            return shared.isConsumed() ? 0 : seconds(shared.getNanosToWaitForRefill());
        } catch (RuntimeException e) {
            log.warn("Shared rate limit unavailable ({}); message allowed", e.getClass().getSimpleName());
            return 0;
        }
    }

    @Override
    public void destroy() {
        addresses.close();
    }

    private static Bandwidth bandwidth(int burst, int perMinute) {
        return Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
    }

    private static int seconds(long nanos) {
        return (int) Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
