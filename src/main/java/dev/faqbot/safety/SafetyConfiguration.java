package dev.faqbot.safety;

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
}
