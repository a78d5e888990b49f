package dev.faqbot.system;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
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

    /**
     * Buckets kept in Redis (compare-and-swap), expiring once full again so idle addresses cost nothing. It connects
     * on first use, not at start-up, so the chat starts without Redis; a call that cannot reach Redis fails within
     * {@code timeout} instead of holding the visitor's reply.
     */
    static AddressBuckets redis(String url, Duration timeout) {
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(timeout);
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        return new AddressBuckets() {
            private ProxyManager<byte[]> proxies;

            private synchronized ProxyManager<byte[]> proxies() {
                if (proxies == null) {
                    proxies = Bucket4jLettuce.casBasedBuilder(client)
                            .expirationAfterWrite(ExpirationAfterWriteStrategy
                                    .basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                            .requestTimeout(timeout)
                            .build();
                }
                return proxies;
            }

            @Override
            public Bucket bucketFor(String address, BucketConfiguration configuration) {
                return proxies().builder().build(("faqbot:rate:" + address).getBytes(StandardCharsets.UTF_8),
                        () -> configuration);
            }

            @Override
            public void close() {
                client.shutdown();
            }
        };
    }
}
