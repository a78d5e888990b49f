package dev.faqbot.intents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.clinic.ClinicProperties;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Walks every shipped intents/*.yml file and fails with one combined report. */
class ShippedIntentsTests {

    static final List<String> REQUIRED = List.of("what-is-ketamine", "conditions-treated", "depression", "anxiety", "ptsd",
            "ocd", "bipolar-depression", "chronic-pain", "migraine-headache", "substance-use", "eating-disorders",
            "how-it-works", "onset-speed", "effects-duration", "treatment-schedule", "administration", "session-experience",
            "preparation-aftercare", "safety", "overdose-info", "side-effects", "contraindications", "addiction-risk",
            "medication-interactions", "legal-status", "recreational-use", "medical-uses-other", "therapy-combination",
            "eligibility", "cost-insurance", "book-appointment", "talk-to-human", "greeting", "thanks", "goodbye",
            "bot-identity", "location-directions", "opening-hours", "providers", "services-offered", "cancellation-policy",
            "telehealth", "careers", "privacy");

    /** Wording the curated answers must never use (intents.md, facts.md, safety.md). */
    private static final List<String> FORBIDDEN = List.of("not addictive", "non-addictive", "committed suicide",
            "fda-approved off-label", "fda approved off-label", "will cure", "cures depression", "mg/kg", "1-800-273-8255",
            "national suicide prevention lifeline", "press 3");

    @Test
    void everyRequiredIntentIsShippedFullyCurated() {
        IntentCatalog catalog = new IntentLoader(new ClinicProperties("C", "P", "B", "H", "PR", "IN")).load(Path.of("intents"));
        List<String> report = new ArrayList<>();
        for (String id : REQUIRED) {
            Intent intent = catalog.find(id).orElse(null);
            if (intent == null) {
                report.add(id + ": missing");
                continue;
            }
            if (intent.examples().size() < 40) {
                report.add(id + ": only " + intent.examples().size() + " examples (40 needed)");
            }
            if (intent.sources().isEmpty()) {
                report.add(id + ": no sources");
            }
            if (intent.reviewed() == null) {
                report.add(id + ": no reviewed date");
            }
            if (intent.followUps().isEmpty()) {
                report.add(id + ": no followUps");
            }
            String answer = intent.answer().toLowerCase(Locale.ROOT);
            FORBIDDEN.stream().filter(answer::contains).forEach(f -> report.add(id + ": answer says '" + f + "'"));
            if (answer.contains("{")) {
                report.add(id + ": unfilled placeholder in the answer");
            }
            if (intent.es() == null) {
                report.add(id + ": no Spanish version");
            } else if (intent.es().answer().contains("{") || intent.es().answer().contains("}")) {
                report.add(id + ": unfilled placeholder in the Spanish answer");
            }
        }
        assertThat(catalog.find("overdose-info").orElseThrow().resources()).containsExactly("911", "poison-control");
        assertThat(catalog.outOfScopeExamples()).hasSizeGreaterThan(300);
        assertThat(report).as("shipped intents").isEmpty();
    }
}
