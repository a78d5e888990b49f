package dev.faqbot.staff;

import dev.faqbot.clinic.ClinicAnswers;
import dev.faqbot.insights.StaffToken;
import dev.faqbot.content.IntentReloader;
import dev.faqbot.content.IntentWarnings;
import dev.faqbot.intents.IntentsProperties;
import dev.faqbot.nlu.ClassifierProperties;
import dev.faqbot.nlu.LiveModelHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The staff page's parts: the token check in front of its API, the content-health panel and its background evaluation. */
@Configuration(proxyBeanMethods = false)
class StaffConfiguration implements WebMvcConfigurer {

    private final StaffToken token;

    StaffConfiguration(StaffToken token) {
        this.token = token;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StaffTokenInterceptor(token)).addPathPatterns("/api/staff", "/api/staff/**");
    }

    @Bean
    ModelEvaluation modelEvaluation(ClassifierProperties classifier) {
        return new ModelEvaluation(classifier);
    }

    @Bean
    StaffRuleReviews staffRuleReviews(IntentWarnings warnings) {
        return new StaffRuleReviews(warnings);
    }

    @Bean
    ContentHealth contentHealth(LiveModelHolder model, IntentReloader reloader, IntentWarnings warnings, IntentsProperties intents,
                                ClinicAnswers clinic, ModelEvaluation evaluation, StaffRuleReviews ruleReviews, StaffProperties staff) {
        return new ContentHealth(model, reloader, warnings, intents, clinic, staff.crossValidate() ? evaluation : null, ruleReviews);
    }
}
