package dev.faqbot.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.faqbot.chat.ConversationTurn;
import dev.faqbot.cli.CliCommand;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The insights feature in a Spring context: settings bound, Flyway run on first use, events written off-thread. */
@SpringBootTest(classes = InsightsWiringTests.InsightsOnly.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "spring.config.import=classpath:insights.yml",
                "spring.datasource.url=jdbc:h2:mem:insights-wiring;DB_CLOSE_DELAY=-1",
                "faqbot.insights.store-text=true",
                "faqbot.insights.queue-capacity=50"})
class InsightsWiringTests {

    @Autowired
    InsightsProperties properties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<CliCommand> commands;

    @Autowired
    MeterRegistry meters;

    @Test
    void bindsSettingsOverInsightsYmlDefaults() {
        assertThat(properties.storeText()).isTrue();
        assertThat(properties.retentionDays()).isEqualTo(30);
        assertThat(properties.queueCapacity()).isEqualTo(50);
        assertThat(properties.tokenConfigured()).isFalse();
    }

    @Test
    void publishedTurnsReachTheDatabaseRedacted() {
        events.publishEvent(new ConversationTurn("fallback", null, null, "my name is Jo, do you take pets?", Instant.now(), "en"));
        events.publishEvent(new ConversationTurn("crisis", null, "self-harm", null, Instant.now(), "en"));

        await().atMost(Duration.ofSeconds(5)).ignoreExceptions().untilAsserted(() -> assertThat(
                jdbc.sql("SELECT COALESCE(SUM(turns), 0) FROM insight_daily_count").query(Long.class).single()).isEqualTo(2L));
        assertThat(jdbc.sql("SELECT question FROM insight_question").query(String.class).list())
                .containsExactly("my name is [name]");
    }

    @Test
    void registersTheCommandAndTheDropCounter() {
        assertThat(commands).extracting(CliCommand::name).contains("insights");
        assertThat(meters.find(InsightsQueue.DROPPED_METER).counter()).isNotNull();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ComponentScan(basePackageClasses = InsightsConfiguration.class)
    static class InsightsOnly {
    }
}
