package dev.faqbot.intents;

import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the curated content lives and how it is checked ({@code faqbot.intents.*}).
 *
 * @param dir the intents folder: {@code <id>.yml} files, {@code crisis/phrases.yml} and
 *            {@code out-of-scope/examples.yml}; when the default {@code intents} folder is missing, a copy of
 *            the intents bundled in the jar
 * @param suggestions intent ids offered as chips in the welcome and fallback replies
 * @param reviewMaxAge answers reviewed longer ago than this get a {@code validate} warning
 * @param confusionWarningRate share of an intent's examples the model may handle as another intent before {@code validate} warns
 * @param fallbackWarningRate share of an intent's held-out examples the model may be too unsure of to answer (so the
 *        visitor would get the fallback) before {@code validate} warns; in 3-fold cross-validation each model sees
 *        only two thirds of the examples, so about a fifth of them falling back is normal
 * @param required intent ids the catalogue must have ({@code validate} warns when one is missing)
 */
@ConfigurationProperties("faqbot.intents")
public record IntentsProperties(
        @DefaultValue("intents") Path dir,
        @DefaultValue({"effects-duration", "side-effects", "cost-insurance", "book-appointment"}) List<String> suggestions,
        @DefaultValue("P12M") Period reviewMaxAge,
        @DefaultValue("0.1") double confusionWarningRate,
        @DefaultValue("0.5") double fallbackWarningRate,
        @DefaultValue({"what-is-ketamine", "conditions-treated", "depression", "anxiety", "ptsd", "ocd", "bipolar-depression",
                "chronic-pain", "migraine-headache", "substance-use", "eating-disorders", "how-it-works", "onset-speed",
                "effects-duration", "treatment-schedule", "administration", "session-experience", "preparation-aftercare",
                "safety", "overdose-info", "side-effects", "contraindications", "addiction-risk", "medication-interactions",
                "legal-status", "recreational-use", "medical-uses-other", "therapy-combination", "eligibility",
                "cost-insurance", "book-appointment", "talk-to-human", "greeting", "thanks", "goodbye", "bot-identity",
                "location-directions", "opening-hours", "providers", "services-offered", "cancellation-policy", "telehealth",
                "careers", "privacy"})
        List<String> required) {

    public IntentsProperties {
        dir = BundledIntents.orBundledCopy(dir);
    }
}
