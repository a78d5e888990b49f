package dev.faqbot.insights;

import dev.faqbot.clinic.PrivacyFacts;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wires question insights: settings, the bounded queue between the message path and the single
 * background writer, the repository (migrated on first use), and scheduling for the retention purge.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(InsightsProperties.class)
class InsightsConfiguration {

    /** What the privacy answer says is kept: it follows these settings, so changing them changes the answer. */
    @Bean
    PrivacyFacts privacyFacts(InsightsProperties properties) {
        return new PrivacyFacts(properties.storeText(), properties.retentionDays());
    }

    @Bean
    InsightsQueue insightsQueue(InsightsProperties properties, ObjectProvider<MeterRegistry> meterRegistry) {
        return new InsightsQueue(properties.queueCapacity(), meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    InsightsSchema insightsSchema() {
        return new InsightsSchema();
    }

    @Bean
    InsightsRepository insightsRepository(JdbcClient jdbcClient, InsightsSchema schema) {
        return new InsightsRepository(jdbcClient, schema);
    }

    @Bean
    InsightsWriter insightsWriter(InsightsQueue queue, InsightsRepository repository) {
        return new InsightsWriter(queue, repository, new Redactor());
    }

    /**
     * Always UP: the chat answers without the insights database. The details say whether the last write reached
     * it (Spring Boot's own database check is switched off in insights.yml for that reason).
     */
    @Bean
    HealthIndicator insights(InsightsWriter writer) {
        return () -> Health.up().withDetail("database", writer.databaseState()).build();
    }

    @Bean
    InsightsReport insightsReport(InsightsRepository repository, InsightsProperties properties) {
        return new InsightsReport(repository, properties, Clock.systemUTC());
    }

    @Bean
    InsightsPurge insightsPurge(InsightsRepository repository, InsightsProperties properties) {
        return new InsightsPurge(repository, properties, Clock.systemUTC());
    }
}
