package dev.faqbot.clinic;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clinic's answers: its settings, plus what this deployment keeps (from the insights feature) for the privacy answer. */
@Configuration(proxyBeanMethods = false)
class ClinicConfiguration {

    @Bean
    ClinicAnswers clinicAnswers(ClinicProperties clinic, ObjectProvider<PrivacyFacts> privacy) {
        return new ClinicAnswers(clinic, privacy.getIfAvailable(PrivacyFacts::unknown));
    }
}
