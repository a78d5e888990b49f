package dev.faqbot.system;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Per-connection and per-client-address token buckets (Bucket4j). Address buckets are local to this
 * instance, or shared by all instances through Redis when {@code faqbot.limits.rate.redis-url} is set.
 * While Redis cannot be reached (answers later than {@link #REDIS_TIMEOUT}), this instance's own address buckets
 * apply and Redis is tried again every {@link #REDIS_RETRY}: limits protect capacity, so an outage must neither
 * stop the chat from starting nor slow a reply.
 */
@Component
public class RateLimiter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
    static final Duration REDIS_TIMEOUT = Duration.ofMillis(250);
    static final Duration REDIS_RETRY = Duration.ofSeconds(10);

    private final RateLimitProperties settings;
    private final BucketConfiguration addressLimit;
    private final AddressBuckets local;
    private final AddressBuckets shared;
    /** {@link System#nanoTime()} before which Redis is not tried again; 0 while it answers. */
    private volatile long sharedDownUntil;

    @Autowired
    public RateLimiter(RateLimitProperties settings) {
        this(settings, REDIS_TIMEOUT);
    }

    /** With another bound on each Redis call (a test on a loaded machine gives the first connection time to open). */
    RateLimiter(RateLimitProperties settings, Duration redisTimeout) {
        this.settings = settings;
        this.addressLimit = BucketConfiguration.builder().addLimit(bandwidth(settings.ipBurst(), settings.ipPerMinute())).build();
        this.local = AddressBuckets.local(settings.trackedAddresses());
        this.shared = settings.redisUrl().isBlank() ? null : AddressBuckets.redis(settings.redisUrl(), redisTimeout);
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
        return wait(probe.isConsumed() ? takeFromAddress(address == null ? "unknown" : address) : probe);
    }

    /** One token from the address's bucket: the shared one while Redis answers, else this instance's. */
    private ConsumptionProbe takeFromAddress(String address) {
        long downUntil = sharedDownUntil;
        if (shared != null && (downUntil == 0 || System.nanoTime() - downUntil >= 0)) {
            try {
                ConsumptionProbe probe = shared.bucketFor(address, addressLimit).tryConsumeAndReturnRemaining(1);
                sharedDownUntil = 0;
                return probe;
            } catch (RuntimeException e) {
                if (sharedDownUntil == 0) {
                    log.warn("Shared rate limit unavailable ({}); this instance's limits apply, Redis retried every {} s",
                            e.getClass().getSimpleName(), REDIS_RETRY.toSeconds());
                }
                sharedDownUntil = System.nanoTime() + REDIS_RETRY.toNanos();
            }
        }
        return local.bucketFor(address, addressLimit).tryConsumeAndReturnRemaining(1);
    }

    private static int wait(ConsumptionProbe probe) {
        return probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
    }

    @Override
    public void destroy() {
        if (shared != null) {
            shared.close();
        }
    }

    private static Bandwidth bandwidth(int burst, int perMinute) {
        return Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
    }

    private static int seconds(long nanos) {
        return (int) Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
