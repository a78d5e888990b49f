package dev.faqbot.safety;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the crisis screen: the staff's phrase file on top of the built-in floor. There is no setting
 * that turns screening off; a missing phrase file leaves the floor in force.
 */
@Configuration
class SafetyConfiguration {

    /** Its rules (staff file plus floor) are put live by the intents' first load, before the server starts. */
    @Bean
    LiveCrisisScreen crisisScreen() {
        return new LiveCrisisScreen();
    }
}
