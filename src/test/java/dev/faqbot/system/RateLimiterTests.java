package dev.faqbot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.bucket4j.Bucket;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

class RateLimiterTests {

    @Test
    void connectionBucketLimitsOneConnection() {
        RateLimiter limiter = new RateLimiter(new RateLimitProperties(true, 2, 1, 100, 100, 10, ""));
        Bucket connection = limiter.newConnectionBucket();

        assertThat(limiter.tryAcquire(connection, "10.0.0.1")).isZero();
        assertThat(limiter.tryAcquire(connection, "10.0.0.1")).isZero();
        assertThat(limiter.tryAcquire(connection, "10.0.0.1")).isBetween(1, 60);
        assertThat(limiter.tryAcquire(limiter.newConnectionBucket(), "10.0.0.1")).as("another connection").isZero();
    }

    @Test
    void addressBucketIsSharedByEveryConnectionFromThatAddress() {
        RateLimiter limiter = new RateLimiter(new RateLimitProperties(true, 100, 100, 3, 1, 10, ""));

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(limiter.newConnectionBucket(), "10.0.0.2")).isZero();
        }
        assertThat(limiter.tryAcquire(limiter.newConnectionBucket(), "10.0.0.2")).isPositive();
        assertThat(limiter.tryAcquire(limiter.newConnectionBucket(), "10.0.0.3")).as("another address").isZero();
    }

    @Test
    void disabledLimitsLetEverythingThrough() {
        RateLimiter limiter = new RateLimiter(new RateLimitProperties(false, 1, 1, 1, 1, 10, ""));
        Bucket connection = limiter.newConnectionBucket();

        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire(connection, "10.0.0.4")).isZero();
        }
    }

    @Test
    void withRedisRefusingConnectionsTheLimiterStartsAndThisInstancesAddressLimitsApply() {
        RateLimiter limiter = new RateLimiter(new RateLimitProperties(true, 100, 100, 4, 1, 10, "redis://127.0.0.1:9"));
        try {
            assertFourThenLimited(limiter);
        } finally {
            limiter.destroy();
        }
    }

    /** A Redis that accepts the connection and never answers must not hold replies (Lettuce alone waits 60 s). */
    @Test
    void withRedisNeverAnsweringRepliesAreNotHeldAndThisInstancesAddressLimitsApply() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            RateLimiter limiter = new RateLimiter(new RateLimitProperties(true, 100, 100, 4, 1, 10,
                    "redis://127.0.0.1:" + silent.getLocalPort()));
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertFourThenLimited(limiter));
            } finally {
                limiter.destroy();
            }
        }
    }

    private static void assertFourThenLimited(RateLimiter limiter) {
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.tryAcquire(limiter.newConnectionBucket(), "10.2.0.1")).as("message %d", i + 1).isZero();
        }
        assertThat(limiter.tryAcquire(limiter.newConnectionBucket(), "10.2.0.1")).as("fifth message").isPositive();
    }

    /** Two instances sharing one Redis share each address's limit (run .ci/redis.sh; CI requires it). */
    @Test
    @ExtendWith(RequiresRedis.class)
    void instancesSharingRedisShareTheAddressLimit() {
        String url = System.getenv("FAQBOT_TEST_REDIS_URL");
        String address = "10.1.0." + (System.nanoTime() % 250);
        RateLimitProperties settings = new RateLimitProperties(true, 100, 100, 4, 1, 10, url);
        // the production bound (250 ms) can expire while a cold JVM on a busy machine opens its first connection, and
        // the instance then rightly falls back to its own buckets: this test is about sharing, so it waits longer
        RateLimiter first = new RateLimiter(settings, Duration.ofSeconds(5));
        RateLimiter second = new RateLimiter(settings, Duration.ofSeconds(5));
        try {
            assertThat(first.tryAcquire(first.newConnectionBucket(), address)).isZero();
            assertThat(second.tryAcquire(second.newConnectionBucket(), address)).isZero();
            assertThat(first.tryAcquire(first.newConnectionBucket(), address)).isZero();
            assertThat(second.tryAcquire(second.newConnectionBucket(), address)).isZero();

            assertThat(first.tryAcquire(first.newConnectionBucket(), address)).as("fifth message, either instance").isPositive();
            assertThat(second.tryAcquire(second.newConnectionBucket(), address)).isPositive();
        } finally {
            first.destroy();
            second.destroy();
        }
    }
}
