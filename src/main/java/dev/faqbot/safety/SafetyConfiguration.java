package dev.faqbot.safety;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the crisis screen: the staff's phrase file on top of the built-in floor, then the learned layer. There is
 * no setting that turns screening off; a missing phrase file leaves the floor in force.
 */
@Configuration
class SafetyConfiguration {

    /** Its rules (staff file plus floor) are put live by the intents' first load, before the server starts. */
    @Bean
    LiveCrisisScreen crisisScreen() {
        return new LiveCrisisScreen();
    }

    /** The one door: the floor first, then the learned layer (put live by the first load). */
    @Bean
    SafetyService safetyService(LiveCrisisScreen floor, LearnedLayerProperties learned) {
        return new SafetyService(floor, learned.maxChars());
    }

    /** How often screening fell back on an internal failure ({@link ScreeningFallbacks}); should stay at zero. */
    @Bean
    MeterBinder screeningFallbacksMetric() {
        return registry -> FunctionCounter.builder("faqbot.crisis.screen.fallbacks", ScreeningFallbacks.class,
                        c -> ScreeningFallbacks.count())
                .description("messages screened by a fallback after a screening step failed").register(registry);
    }
}
