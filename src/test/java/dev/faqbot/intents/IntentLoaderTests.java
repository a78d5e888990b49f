package dev.faqbot.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faqbot.clinic.ClinicProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentLoaderTests {

    private static final ClinicProperties CLINIC = new ClinicProperties("Demo", "555", "https://b", "9-5", "p", "i");

    @TempDir
    Path dir;

    private final IntentLoader loader = new IntentLoader(CLINIC);

    @Test
    void loadsAValidFolderAndFillsClinicPlaceholders() throws IOException {
        write("alpha", intent("alpha", examples("alpha question", 12), "Call {clinic.phone}.", "[beta]"));
        write("beta", intent("beta", examples("beta thing", 12), "Fine.", "[]"));

        IntentCatalog catalog = loader.load(dir);

        assertThat(catalog.intents()).containsOnlyKeys("alpha", "beta");
        assertThat(catalog.find("alpha").orElseThrow().answer()).isEqualTo("Call 555.");
        assertThat(catalog.contentHash()).hasSize(64);
    }

    @Test
    void yamlBooleansAndNumbersStayTheTextStaffTyped() throws IOException {
        String examples = examples("gamma q", 11) + "  - no\n  - 988\n";
        write("gamma", intent("gamma", examples, "Answer.", "[]"));

        assertThat(loader.load(dir).find("gamma").orElseThrow().examples()).contains("no", "988");
    }

    @Test
    void idMustMatchTheFileNameAndPattern() throws IOException {
        write("alpha", intent("Alpha_1", examples("q", 12), "A.", "[]"));

        assertThat(problems()).anyMatch(p -> p.contains("alpha.yml:1:") && p.contains("lowercase letters, digits and '-'"));
    }

    @Test
    void idDifferentFromFileNameSaysHowToFixIt() throws IOException {
        write("alpha", intent("beta", examples("q", 12), "A.", "[]"));

        assertThat(problems()).anyMatch(p -> p.contains("alpha.yml:1:") && p.contains("must equal the file name"));
    }

    @Test
    void missingTitleAnswerAndExamplesAreEachReported() throws IOException {
        Files.writeString(dir.resolve("alpha.yml"), "id: alpha\n");

        assertThat(problems()).anyMatch(p -> p.contains("'title' is missing"))
                .anyMatch(p -> p.contains("'answer' is missing"))
                .anyMatch(p -> p.contains("'examples' is missing"));
    }

    @Test
    void fewerThanTwelveDistinctExamplesIsAnError() throws IOException {
        String examples = examples("q", 10) + "  - Q 1\n  - q   2\n";
        write("alpha", intent("alpha", examples, "A.", "[]"));

        assertThat(problems()).anyMatch(p -> p.contains("only 10 distinct examples; add at least 2 more"));
    }

    @Test
    void theSameExampleInTwoIntentsNamesTheLineAndTheOtherFile() throws IOException {
        write("alpha", intent("alpha", examples("alpha", 12), "A.", "[]"));
        write("beta", intent("beta", examples("beta", 11) + "  - Alpha   3\n", "B.", "[]"));

        assertThat(problems()).anyMatch(p -> p.contains("beta.yml:15:") && p.contains("also in alpha.yml"));
    }

    @Test
    void followUpsMustNameExistingIntents() throws IOException {
        write("alpha", intent("alpha", examples("alpha", 12), "A.", "[nowhere]"));

        assertThat(problems()).anyMatch(p -> p.contains("alpha.yml:") && p.contains("followUp 'nowhere' names no intent"));
    }

    @Test
    void placeholdersMustNameClinicSettings() throws IOException {
        write("alpha", intent("alpha", examples("alpha", 12), "Call {clinic.fax}.", "[]"));

        assertThat(problems()).anyMatch(p -> p.contains("placeholder {clinic.fax} is not a clinic setting"));
    }

    @Test
    void brokenYamlNamesTheLine() throws IOException {
        Files.writeString(dir.resolve("alpha.yml"), "id: alpha\ntitle: [unclosed\nanswer: x\n");

        assertThat(problems()).anyMatch(p -> p.contains("alpha.yml:") && p.contains("not valid YAML"));
    }

    @Test
    void anUnclosedListIsOneProblemAtItsOwnLineAndDoesNotCascadeIntoTheFilesThatNameIt() throws IOException {
        write("alpha", intent("alpha", examples("alpha", 12), "A.", "[beta"));
        write("beta", intent("beta", examples("beta", 12), "B.", "[alpha]"));
        write("gamma", intent("gamma", examples("gamma", 12), "C.", "[alpha, beta]"));

        assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
                .startsWith(dir.getFileName() + "/alpha.yml:17: ")
                .contains("not closed", "']'"));
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() throws IOException {
        write("alpha", intent("alpha", examples("alpha", 12), "\"A.", "[]"));

        assertThat(problems()).singleElement().satisfies(p -> assertThat(p).contains("alpha.yml:16: ", "quote"));
    }

    @Test
    void aNewFileReusingAnExistingIdIsNotToldToTakeThatFilesName() throws IOException {
        write("alpha", intent("alpha", examples("alpha", 12), "A.", "[]"));
        write("alpha-copy", intent("alpha", examples("copy", 12), "C.", "[]"));

        assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
                .contains("alpha-copy.yml:1:", "already belongs to " + dir.getFileName() + "/alpha.yml", "set id: alpha-copy")
                .doesNotContain("rename the file to alpha.yml"));
    }

    @Test
    void unknownFieldsAreReportedWithTheValidNames() throws IOException {
        write("alpha", intent("alpha", examples("alpha", 12), "A.", "[]") + "exmaples: []\n");

        assertThat(problems()).anyMatch(p -> p.contains("unknown field 'exmaples'"));
    }

    @Test
    void aSpanishBlockCarriesItsOwnTitleExamplesAndAnswerWithPlaceholdersFilled() throws IOException {
        write("alpha", intent("alpha", examples("alpha", 12), "Call {clinic.phone}.", "[]")
                + "es:\n  title: Título\n  examples:\n    - pregunta uno\n    - pregunta dos\n"
                + "  answer: Llame al {clinic.phone}.\n  reviewed: 2026-12-04\n");

        Intent alpha = loader.load(dir).find("alpha").orElseThrow();

        assertThat(alpha.es().title()).isEqualTo("Título");
        assertThat(alpha.es().answer()).isEqualTo("Llame al 555.");
        assertThat(alpha.allExamples()).contains("alpha 1", "pregunta uno", "pregunta dos");
    }

    @Test
    void aSpanishExampleCountsInTheDuplicateCheckAndAnUnknownSpanishFieldNamesItsLine() throws IOException {
        write("alpha", intent("alpha", examples("alpha", 12), "A.", "[]")
                + "es:\n  title: T\n  examples:\n    - beta 3\n  answer: R.\n  respuesta: x\n");
        write("beta", intent("beta", examples("beta", 12), "B.", "[]"));

        assertThat(problems()).anyMatch(p -> p.contains("alpha.yml:") && p.contains("unknown field 'es.respuesta'"))
                .anyMatch(p -> p.contains("beta 3") && p.contains("beta.yml"));
    }

    @Test
    void everyProblemOfEveryFileIsListedTogether() throws IOException {
        write("alpha", intent("alpha", examples("alpha", 3), "A.", "[]"));
        write("beta", intent("beta", examples("beta", 4), "Call {clinic.nope}.", "[]"));

        assertThat(problems()).hasSizeGreaterThanOrEqualTo(3);
    }

    private List<String> problems() {
        try {
            loader.load(dir);
        } catch (IntentValidationException e) {
            assertThat(e.getMessage()).contains("problem(s) in the intent files");
            return e.problems().stream().map(IntentProblem::toString).toList();
        }
        throw new AssertionError("the folder was accepted");
    }

    private void write(String id, String yaml) throws IOException {
        Files.writeString(dir.resolve(id + ".yml"), yaml);
    }

    private static String intent(String id, String examples, String answer, String followUps) {
        return "id: " + id + "\ntitle: Title of " + id + "\nexamples:\n" + examples + "answer: " + answer
                + "\nfollowUps: " + followUps + "\nsources: [clinic policy]\nreviewed: 2026-11-21\n";
    }

    private static String examples(String stem, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "  - " + stem + " " + i + "\n").collect(Collectors.joining());
    }
}
