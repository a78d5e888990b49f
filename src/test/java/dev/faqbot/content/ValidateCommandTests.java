package dev.faqbot.content;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.intents.IntentProblem;
import dev.faqbot.intents.IntentsProperties;


import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.clinic.ClinicProperties;
import dev.faqbot.nlu.ClassifierProperties;
import dev.faqbot.nlu.EvaluationReport;
import dev.faqbot.safety.CrisisProperties;
import dev.faqbot.safety.CrisisResource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on a copy of the shipped intents with one seeded defect at a time. */
class ValidateCommandTests {

    private static final CrisisProperties US_LINES = new CrisisProperties(List.of(
            new CrisisResource("911", "Emergency", "911", null, null, null, null, List.of()),
            new CrisisResource("poison-control", "Poison Control", "1-800-222-1222", null, null, null, null, List.of())), Map.of());

    @TempDir
    Path temp;

    private Path dir;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @BeforeEach
    void copy() {
        dir = IntentFolderFixture.copyShippedIntents(temp.resolve("intents"));
    }

    @Test
    void shippedIntentsAreValid() {
        assertThat(run()).isZero();
        assertThat(output()).contains("VALID: 47 intents");
    }

    @Test
    void followUpThatPointsNowhereIsAnErrorWithFileAndLine() {
        IntentFolderFixture.edit(dir.resolve("greeting.yml"), "followUps: [", "followUps: [no-such-intent, ");

        assertThat(run()).isEqualTo(1);
        assertThat(output()).containsPattern("intents/greeting\\.yml:\\d+: followUp 'no-such-intent' names no intent");
    }

    @Test
    void exampleInTwoIntentsNamesBothFiles() {
        String example = firstExample("thanks");
        IntentFolderFixture.edit(dir.resolve("goodbye.yml"), "examples:\n", "examples:\n  - " + example + "\n");

        assertThat(run()).isEqualTo(1);
        assertThat(output()).containsPattern("intents/thanks\\.yml:\\d+: example '.*' is also in goodbye\\.yml");
    }

    @Test
    void unknownPlaceholderIsAnError() {
        IntentFolderFixture.edit(dir.resolve("book-appointment.yml"), "{clinic.phone}", "{clinic.fax}");

        assertThat(run()).isEqualTo(1);
        assertThat(output()).contains("placeholder {clinic.fax} is not a clinic setting");
    }

    @Test
    void staleReviewAndMissingSourcesAreWarningsNotErrors() {
        IntentFolderFixture.edit(dir.resolve("ocd.yml"), "reviewed: 2026-11-21", "reviewed: 2020-01-01");
        IntentFolderFixture.edit(dir.resolve("greeting.yml"), "sources:\n  - clinic policy\n", "");

        assertThat(run()).isZero();
        assertThat(output()).containsPattern("intents/ocd\\.yml:\\d+: last reviewed 2020-01-01")
                .contains("intents/greeting.yml: the answer has no sources");
    }

    @Test
    void aMissingOrStaleSpanishVersionIsAWarningAtItsLine() throws Exception {
        Path ocd = dir.resolve("ocd.yml");
        Files.writeString(ocd, Files.readString(ocd).replaceFirst("\n  reviewed: \\d{4}-\\d{2}-\\d{2}", "\n  reviewed: 2020-01-01"));
        Path thanks = dir.resolve("thanks.yml");
        String text = Files.readString(thanks);
        Files.writeString(thanks, text.substring(0, text.indexOf("\nes:") + 1));

        assertThat(run()).isZero();
        assertThat(output()).containsPattern("intents/ocd\\.yml:\\d+: the Spanish answer was last reviewed 2020-01-01, before the English one")
                .contains("intents/thanks.yml: no Spanish version");
    }

    @Test
    void crisisLineNotConfiguredHereIsAWarning() {
        IntentFolderFixture.edit(dir.resolve("overdose-info.yml"), "poison-control", "poison-hotline");

        assertThat(run()).isZero();
        assertThat(output()).containsPattern("intents/overdose-info\\.yml:\\d+: resource 'poison-hotline' is not a configured crisis line");
    }

    @Test
    void sameMeaningOnceNormalisedIsAWarning() {
        String example = firstExample("thanks");
        IntentFolderFixture.edit(dir.resolve("goodbye.yml"), "examples:\n", "examples:\n  - " + example + " ...\n");

        assertThat(run()).isZero();
        assertThat(output()).containsPattern("thanks\\.yml:\\d+: example '.*' means the same as one in goodbye\\.yml");
    }

    @Test
    void clinicSettingLeftEmptyIsAWarningNamingTheSettingAndTheAnswer() {
        ClinicProperties noParking = new ClinicProperties("C", "(555) 010-0199", "https://c.example/book", "H", "PR", "IN",
                "1 Main St", "https://maps.example/c", "", "Bus 4", "Ramp", "Closed on holidays",
                List.of(new ClinicProperties.Provider("Dr. A", "MD", "Bio", "")), List.of("IV ketamine"), "No NAD+", "24 hours",
                "Video consults", "https://c.example/jobs", "", null);

        assertThat(run(new IntentLoader(noParking))).isZero();

        assertThat(output()).contains("warning: intents/location-directions.yml: faqbot.clinic.parking is empty, so the answer asks"
                        + " visitors to call instead")
                .doesNotContain("faqbot.clinic.address").doesNotContain("faqbot.clinic.careers");
    }

    @Test
    void aClinicThatDropsAnIntentFileGetsNoWarningsForItsSettings() throws Exception {
        java.nio.file.Files.delete(dir.resolve("careers.yml"));
        ClinicProperties noCareers = new ClinicProperties("C", "P", "B", "H", "PR", "IN");

        assertThat(run(new IntentLoader(noCareers))).isZero();

        assertThat(output()).contains("faqbot.clinic.parking is empty").doesNotContain("faqbot.clinic.careers-url");
    }

    @Test
    void unknownActionIsAnErrorWithTheActionsThatExist() {
        IntentFolderFixture.edit(dir.resolve("location-directions.yml"), "actions: [map, call]", "actions: [map, fax]");

        assertThat(run()).isEqualTo(1);
        assertThat(output()).containsPattern("intents/location-directions\\.yml:\\d+: action 'fax' is not known; use one of book, call, careers, map");
    }

    @Test
    void oneBrokenFileIsOneErrorAtTheLineThatOpenedTheProblem() throws Exception {
        Path sideEffects = dir.resolve("side-effects.yml");
        List<String> lines = java.nio.file.Files.readAllLines(sideEffects);
        int line = lines.indexOf("followUps: [safety, session-experience, effects-duration]") + 1;
        IntentFolderFixture.edit(sideEffects, "effects-duration]", "effects-duration");

        assertThat(run()).isEqualTo(1);
        assertThat(output()).contains("INVALID: 1 error(s)")
                .contains("intents/side-effects.yml:" + line + ": not valid YAML: the list opened with '['")
                .doesNotContain("names no intent");
    }

    @Test
    void aStaffPatternThatBacktracksOrFlagsOrdinaryQuestionsIsAWarningNamingExamples() throws Exception {
        Path phrases = dir.resolve("crisis/phrases.yml");
        int patterns = java.nio.file.Files.readAllLines(phrases).indexOf("    patterns:") + 1;
        IntentFolderFixture.edit(phrases, "    patterns:\n",
                "    patterns:\n      - '(a+)+$'\n      - 'goodbye(?:\\w*\\s*){10}forever'\n");

        assertThat(run()).isZero();

        assertThat(output())
                .containsPattern("intents/crisis/phrases\\.yml:" + (patterns + 1) + ": '\\(a\\+\\)\\+\\$' also flags \\d+ of"
                        + " \\d+ ordinary messages as crisis, e\\.g\\. \"[^\"]+\", \"[^\"]+\", \"[^\"]+\": make it more specific")
                .contains("intents/crisis/phrases.yml:" + (patterns + 2) + ": pattern 'goodbye(?:\\w*\\s*){10}forever'"
                        + " can take very long on some messages");
    }

    @Test
    void theShippedStaffRulesFlagNoOrdinaryMessage() {
        assertThat(run()).isZero();

        assertThat(output()).doesNotContain("ordinary messages as crisis").doesNotContain("can take very long");
    }

    @Test
    void fallbacksInCrossValidationWarnInPlainWordsOnlyAboveTheirOwnRate() {
        IntentsProperties settings = new IntentsProperties(dir, List.of(), Period.ofMonths(12), 0.1, 0.5, List.of());
        IntentWarnings warnings = new IntentWarnings(settings, US_LINES);
        EvaluationReport report = new EvaluationReport(List.of(
                new EvaluationReport.IntentScore("thanks", 1, 0.7, 0.8, 100),
                new EvaluationReport.IntentScore("goodbye", 1, 0.3, 0.5, 100),
                new EvaluationReport.IntentScore("greeting", 1, 0.8, 0.9, 100)), List.of(
                new EvaluationReport.Confusion("thanks", "fallback", 30, List.of("great info")),
                new EvaluationReport.Confusion("goodbye", "fallback", 60, List.of("eso es todo")),
                new EvaluationReport.Confusion("greeting", "thanks", 15, List.of("hi thanks"))), 0.8, 0.9, 0.02, 300);

        List<String> found = warnings.confusions(report, dir).stream().map(IntentProblem::toString).toList();

        assertThat(found).hasSize(2);
        assertThat(found.get(0)).contains("goodbye.yml", "too unsure to answer 60 of 100", "\"eso es todo\"", "fallback",
                "add more examples").doesNotContain("two intents");
        assertThat(found.get(1)).contains("greeting.yml", "answers 15 of 100 examples with thanks.yml instead", "more distinct");
    }

    private String firstExample(String intent) {
        IntentCatalog catalog = loader().load(dir);
        return catalog.find(intent).orElseThrow().examples().get(0);
    }

    private int run() {
        return run(loader());
    }

    private int run(IntentLoader loader) {
        IntentsProperties settings = new IntentsProperties(dir, List.of(), Period.ofMonths(12), 0.1, 0.5, List.of("greeting"));
        ValidateCommand command = new ValidateCommand(loader, settings,
                new ClassifierProperties(0.5, 0.5, 0.12, 1, 100, 0.3, ""), new IntentWarnings(settings, US_LINES));
        return command.run(List.of(dir.toString(), "--no-confusion"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    private static IntentLoader loader() {
        return new IntentLoader(new ClinicProperties("C", "P", "B", "H", "PR", "IN"));
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
