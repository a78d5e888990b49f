package dev.faqbot.safety;

import dev.faqbot.intents.IntentLoader;
import dev.faqbot.intents.IntentsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the crisis screen: the staff's phrase file on top of the built-in floor. There is no setting
 * that turns screening off; a missing phrase file leaves the floor in force.
 */
@Configuration
class SafetyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SafetyConfiguration.class);

    @Bean
    CrisisRules crisisRules(IntentsProperties intents) {
        CrisisRules rules = CrisisRules.ofIntentsFolder(intents.dir());
        if (rules.fileRuleCount() == 0) {
            log.warn("No staff crisis rules in {}; screening with the built-in floor only", intents.dir().resolve(IntentLoader.CRISIS_FILE));
        }
        return rules;
    }

    @Bean
    LiveCrisisScreen crisisScreen(CrisisRules rules) {
        return new LiveCrisisScreen(new PhraseCrisisScreen(rules), new PhraseCrisisScreen(CrisisRules.builtIn()));
    }
}
