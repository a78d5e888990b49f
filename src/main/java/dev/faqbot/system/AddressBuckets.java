package dev.faqbot.system;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where per-address buckets live: in this instance's memory, or in Redis so every instance shares them. */
interface AddressBuckets extends AutoCloseable {

    Bucket bucketFor(String address, BucketConfiguration configuration);

    @Override
    default void close() {
    }

    /** A bounded least-recently-used map: a flood of addresses cannot grow memory without limit. */
    static AddressBuckets local(int capacity) {
        Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > capacity;
            }
        };
        return (address, configuration) -> {
            synchronized (buckets) {
                return buckets.computeIfAbsent(address, a -> {
                    LocalBucketBuilder builder = Bucket.builder();
                    for (Bandwidth limit : configuration.getBandwidths()) {
                        builder.addLimit(limit);
                    }
                    return builder.build();
                });
            }
        };
    }

    /** Buckets kept in Redis (compare-and-swap), expiring once full again so idle addresses cost nothing. */
    static AddressBuckets redis(String url) {
        RedisClient client = RedisClient.create(url);
        ProxyManager<byte[]> proxies = Bucket4jLettuce.casBasedBuilder(client)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        return new AddressBuckets() {
            @Override
            public Bucket bucketFor(String address, BucketConfiguration configuration) {
                return proxies.builder().build(("faqbot:rate:" + address).getBytes(StandardCharsets.UTF_8), () -> configuration);
            }

            @Override
            public void close() {
                client.shutdown();
            }
        };
    }
}
