package dev.faqbot.system;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Per-connection and per-client-address token buckets (Bucket4j). Address buckets live in a bounded
 * least-recently-used map, so a flood of addresses cannot grow memory without limit.
 */
@Component
public class RateLimiter {

    private final RateLimitProperties settings;
    private final Map<String, Bucket> byAddress;

    public RateLimiter(RateLimitProperties settings) {
        this.settings = settings;
        this.byAddress = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > settings.trackedAddresses();
            }
        };
    }

    /** A fresh bucket for one connection (or one HTTP conversation). */
    public Bucket newConnectionBucket() {
        return bucket(settings.connectionBurst(), settings.connectionPerMinute());
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
        Bucket shared;
        synchronized (byAddress) {
            shared = byAddress.computeIfAbsent(address == null ? "unknown" : address,
                    a -> bucket(settings.ipBurst(), settings.ipPerMinute()));
        }
        ConsumptionProbe addressProbe = shared.tryConsumeAndReturnRemaining(1);
        return addressProbe.isConsumed() ? 0 : seconds(addressProbe.getNanosToWaitForRefill());
    }

    private static Bucket bucket(int burst, int perMinute) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }

    private static int seconds(long nanos) {
        return (int) Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
