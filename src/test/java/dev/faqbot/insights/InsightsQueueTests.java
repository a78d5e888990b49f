package dev.faqbot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.chat.ConversationTurn;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

class InsightsQueueTests {

    private static final int EVENTS = 100_000;
    private static final int CAPACITY = 1_000;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CountDownLatch writerInDatabase = new CountDownLatch(1);
    private final CountDownLatch databaseHung = new CountDownLatch(1);
    private InsightsWriter writer;

    @AfterEach
    void releaseDatabase() {
        databaseHung.countDown();
        if (writer != null) {
            writer.stop();
        }
    }

    @Test
    void aHungDatabaseNeverDelaysTheMessagePath() throws InterruptedException {
        InsightsQueue queue = new InsightsQueue(CAPACITY, meters);
        writer = new InsightsWriter(queue, new InsightsRepository(JdbcClient.create(new HungDataSource()), new InsightsSchema()), new Redactor());
        TurnRecorder recorder = new TurnRecorder(queue, new InsightsProperties(true, 30, CAPACITY, null));
        writer.start();
        recorder.onTurn(turn("the writer takes this one and hangs in the database"));
        assertThat(writerInDatabase.await(5, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
            recorder.onTurn(turn("question " + i));
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(elapsed).isLessThan(Duration.ofSeconds(2));
        assertThat(queue.size()).isEqualTo(CAPACITY);
        assertThat(meters.get(InsightsQueue.DROPPED_METER).counter().count()).isEqualTo(EVENTS - CAPACITY);
    }

    @Test
    void offerReturnsFalseAndCountsWhenFull() {
        InsightsQueue queue = new InsightsQueue(2, meters);
        PendingInsight insight = new PendingInsight(Instant.now(), "answer", "cost", null, null, "en");

        assertThat(queue.offer(insight)).isTrue();
        assertThat(queue.offer(insight)).isTrue();
        assertThat(queue.offer(insight)).isFalse();
        assertThat(queue.droppedCount()).isEqualTo(1);
    }

    private static ConversationTurn turn(String text) {
        return new ConversationTurn("fallback", null, null, text, Instant.now(), "en");
    }

    /** A database whose every connection attempt hangs until the test ends. */
    private final class HungDataSource extends DelegatingDataSource {
        @Override
        public Connection getConnection() throws SQLException {
            writerInDatabase.countDown();
            try {
                databaseHung.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new SQLException("the test database is down", "08001");
        }

        @Override
        public void afterPropertiesSet() {
            // no target: this database never answers
        }
    }
}
