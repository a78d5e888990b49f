package dev.faqbot.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What answers say about a clinic: configured values, "please call us" for empty ones, actions and privacy facts. */
class ClinicAnswersTests {

    private static final ClinicProperties FILLED = new ClinicProperties("Lakeside Clinic", "+1 (503) 555-0147", "https://lakeside.example/book",
            "Mon-Fri 9-5", "From $450", "Out of network", "77 Lake Road, Salem", "https://maps.example/lakeside", "Free lot behind the building",
            "Bus 4", "Step-free entrance", "Closed on Christmas",
            List.of(new ClinicProperties.Provider("Dr. Ana Ruiz", "MD, psychiatrist", "Ten years of ketamine care.", "Diez años de atención con ketamina."),
                    new ClinicProperties.Provider("Sam Hill", "", "", "")),
            List.of("IV ketamine", "Spravato"), "No NAD+ drips.", "24 hours' notice.", "Consults by video.",
            "https://lakeside.example/jobs", "jobs@lakeside.example",
            new ClinicProperties.Spanish(null, null, null, "Estacionamiento gratis", null, null, null, List.of("Ketamina IV"), null, null, null));

    private static final ClinicProperties EMPTY = new ClinicProperties("", "", "", "", "", "");

    @Test
    void configuredValuesAreFilledInAndListsReadOneItemPerLine() {
        ClinicAnswers answers = new ClinicAnswers(FILLED, PrivacyFacts.unknown());

        assertThat(answers.fill("Address: {clinic.address}\nParking: {clinic.parking}", "en"))
                .isEqualTo("Address: 77 Lake Road, Salem\nParking: Free lot behind the building");
        assertThat(answers.fill("{clinic.providers}", "en"))
                .isEqualTo("- Dr. Ana Ruiz, MD, psychiatrist: Ten years of ketamine care.\n- Sam Hill");
        assertThat(answers.fill("{clinic.providers}", "es")).startsWith("- Dr. Ana Ruiz, MD, psychiatrist: Diez años");
        assertThat(answers.fill("Estacionamiento: {clinic.parking}. {clinic.services}", "es"))
                .as("Spanish versions where given, else the English text").isEqualTo("Estacionamiento: Estacionamiento gratis. - Ketamina IV");
        assertThat(answers.fill("{clinic.transit}", "es")).isEqualTo("Bus 4");
        assertThat(answers.fill("Jobs: {clinic.careers}.", "en"))
                .isEqualTo("Jobs: open positions are listed at https://lakeside.example/jobs, or send your CV to jobs@lakeside.example.");
    }

    @Test
    void everyEmptySettingReadsAsACallUsLineInBothLanguagesNeverBlankOrBraces() {
        ClinicProperties emptyButPhone = new ClinicProperties("", "(555) 010-0199", "", "", "", "");
        for (String lang : List.of("en", "es")) {
            Map<String, String> values = new ClinicAnswers(emptyButPhone, PrivacyFacts.unknown()).placeholders(lang);
            values.forEach((name, value) -> {
                assertThat(value).as(lang + " " + name).isNotBlank().doesNotContain("{").doesNotContain("}");
            });
            assertThat(values.get("clinic.parking")).as(lang).contains("(555) 010-0199");
            assertThat(values.get("clinic.providers")).as(lang).contains("(555) 010-0199");
        }
        Map<String, String> noPhone = new ClinicAnswers(EMPTY, PrivacyFacts.unknown()).placeholders("en");
        assertThat(noPhone.get("clinic.address")).isEqualTo("please call the number on our website for our address and directions");
        assertThat(new ClinicAnswers(EMPTY, PrivacyFacts.unknown()).placeholders("es").get("clinic.address"))
                .isEqualTo("llame al número de nuestra página web para conocer nuestra dirección y cómo llegar");
    }

    @Test
    void aFallbackThatStartsALineStartsWithACapital() {
        ClinicAnswers answers = new ClinicAnswers(EMPTY, PrivacyFacts.unknown());

        assertThat(answers.fill("Team:\n{clinic.providers}\nParking: {clinic.parking}", "en"))
                .isEqualTo("Team:\nPlease call the number on our website to hear about our clinicians and their experience\n"
                        + "Parking: please call the number on our website and we will tell you where to park");
        assertThat(new ClinicAnswers(FILLED, PrivacyFacts.unknown()).fill("{clinic.bookingUrl}", "en")).startsWith("https://");
    }

    @Test
    void actionsComeFromTheSettingsInTheAnswersLanguage() {
        ClinicAnswers answers = new ClinicAnswers(FILLED, PrivacyFacts.unknown());

        assertThat(answers.actions(List.of("map", "call", "book", "careers"), "en")).containsExactly(
                new ClinicAction("Open in maps", null, null, "https://maps.example/lakeside"),
                new ClinicAction("Call +1 (503) 555-0147", "+15035550147", null, null),
                new ClinicAction("Book a consultation", null, "https://lakeside.example/book", null),
                new ClinicAction("See open positions", null, "https://lakeside.example/jobs", null),
                new ClinicAction("Email jobs@lakeside.example", null, "mailto:jobs@lakeside.example", null));
        assertThat(answers.actions(List.of("map", "call"), "es")).extracting(ClinicAction::label)
                .containsExactly("Abrir en mapas", "Llamar al +1 (503) 555-0147");
    }

    @Test
    void anActionWhoseSettingIsEmptyOrNotALinkIsLeftOut() {
        ClinicProperties notLinks = new ClinicProperties("C", "", "www.example.com/book", "", "", "", "", "javascript:alert(1)", "", "", "", "",
                List.of(), List.of(), "", "", "", "", "not an address", null);

        assertThat(new ClinicAnswers(notLinks, PrivacyFacts.unknown()).actions(List.of("map", "call", "book", "careers"), "en")).isEmpty();
        assertThat(new ClinicAnswers(notLinks, PrivacyFacts.unknown()).unfilled()).extracting(ClinicAnswers.Setting::property)
                .contains("faqbot.clinic.phone", "faqbot.clinic.map-url", "faqbot.clinic.booking-url", "faqbot.clinic.providers",
                        "faqbot.clinic.careers-url or faqbot.clinic.careers-email");
    }

    @Test
    void privacyPartsFollowTheDeploymentsInsightsSettings() {
        Map<String, String> kept = new ClinicAnswers(FILLED, new PrivacyFacts(true, 14)).placeholders("en");
        Map<String, String> notKept = new ClinicAnswers(FILLED, new PrivacyFacts(false, 30)).placeholders("en");

        assertThat(kept.get("privacy.unansweredQuestions")).contains("questions the bot could not answer is kept").contains("14 days");
        assertThat(kept.get("privacy.retentionDays")).isEqualTo("14");
        assertThat(notKept.get("privacy.unansweredQuestions")).contains("not kept").doesNotContain("is kept too");
        assertThat(new ClinicAnswers(FILLED, new PrivacyFacts(true, 14)).placeholders("es").get("privacy.unansweredQuestions"))
                .contains("También se guarda").contains("14 días");
        assertThat(PrivacyFacts.unknown().storesUnansweredText()).as("unknown settings never claim less storage").isTrue();
    }
}
