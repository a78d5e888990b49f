package dev.faqbot.insights;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wires question insights: settings, the bounded queue between the message path and the single
 * background writer, the repository, and scheduling for the retention purge.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(InsightsProperties.class)
public class InsightsConfiguration {

    @Bean
    InsightsQueue insightsQueue(InsightsProperties properties, ObjectProvider<MeterRegistry> meterRegistry) {
        return new InsightsQueue(properties.queueCapacity(), meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    InsightsRepository insightsRepository(JdbcClient jdbcClient) {
        return new InsightsRepository(jdbcClient);
    }

    @Bean
    InsightsWriter insightsWriter(InsightsQueue queue, InsightsRepository repository) {
        return new InsightsWriter(queue, repository, new Redactor());
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
