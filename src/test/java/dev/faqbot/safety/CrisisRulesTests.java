package dev.faqbot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrisisRulesTests {

    private static final Path REAL_FILE = Path.of("intents/crisis/phrases.yml");

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("phrases.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private static CrisisRulesException problemsOf(Path file) {
        try {
            CrisisRules.load(file);
        } catch (CrisisRulesException e) {
            return e;
        }
        throw new AssertionError("expected the file to be rejected");
    }

    @Test
    void realPhraseFileLoadsWithFortyExamplesPerCategory() {
        CrisisRules rules = CrisisRules.load(REAL_FILE);
        Map<CrisisCategory, List<String>> examples = rules.classifierExamples();
        for (CrisisCategory category : CrisisCategory.values()) {
            assertThat(examples.get(category)).as(category.id()).hasSizeGreaterThanOrEqualTo(40);
        }
        assertThat(rules.fileRuleCount()).isPositive();
        assertThat(rules.idioms()).contains("kill the pain", "dead tired");
    }

    @Test
    void everyExampleInTheRealFileIsCaughtByTheBuiltInFloorAlone() {
        PhraseCrisisScreen floor = new PhraseCrisisScreen(CrisisRules.builtIn());
        CrisisRules.load(REAL_FILE).classifierExamples().forEach((category, messages) -> {
            for (String message : messages) {
                assertThat(floor.screen(message, List.of())).as("[" + category.id() + "] " + message).isPresent();
            }
        });
    }

    @Test
    void examplesStayTheTextStaffTyped() throws IOException {
        Path file = write("""
                categories:
                  self-harm:
                    examples:
                      - no
                      - 988
                      - yes i want to die
                """);
        assertThat(CrisisRules.load(file).classifierExamples().get(CrisisCategory.SELF_HARM))
                .containsExactly("no", "988", "yes i want to die");
    }

    @Test
    void fileRulesAddToTheFloor() throws IOException {
        Path file = write("""
                categories:
                  self-harm:
                    phrases: [going to the cabin for the last time]
                    patterns: ['\\bfinal (?:trip|drive)\\b']
                """);
        PhraseCrisisScreen screen = new PhraseCrisisScreen(CrisisRules.load(file));
        CrisisVerdict phrase = screen.screen("I'm going to the cabin for the last time.", List.of()).orElseThrow();
        assertThat(phrase.ruleId()).isEqualTo("file:self-harm:phrase:1");
        assertThat(screen.screen("this is my final drive", List.of()).orElseThrow().ruleId())
                .isEqualTo("file:self-harm:pattern:1");
        assertThat(screen.screen("i want to kill myself", List.of()).orElseThrow().ruleId()).startsWith("floor:");
    }

    @Test
    void fileProblemsNameTheFileTheLineAndTheFix() throws IOException {
        Path file = write("""
                categories:
                  self-harm:
                    phrases:
                      - ""
                      - "!!!"
                    patterns:
                      - 'kill('
                      - 'Kill Myself'
                      - '.*'
                  selfharm:
                    phrases: [x]
                  abuse:
                    phrase: [y]
                extra: 1
                """);
        CrisisRulesException e = problemsOf(file);
        List<String> problems = e.problems();
        assertThat(problems).hasSize(8);
        assertThat(problems).allSatisfy(p -> assertThat(p).startsWith(file + ":"));
        assertThat(problems.get(0)).contains(":4:").contains("empty phrase");
        assertThat(problems.get(1)).contains(":5:").contains("no words");
        assertThat(problems.get(2)).contains(":7:").contains("not a valid Java regex");
        assertThat(problems.get(3)).contains(":8:").contains("lower case");
        assertThat(problems.get(4)).contains(":9:").contains("empty message");
        assertThat(problems.get(5)).contains(":10:").contains("unknown category 'selfharm'")
                .contains("self-harm, harm-to-others, abuse, medical-emergency");
        assertThat(problems.get(6)).contains(":13:").contains("unknown key 'phrase'");
        assertThat(problems.get(7)).contains(":14:").contains("unknown key 'extra'");
        assertThat(e.getMessage()).contains("problems");
    }

    @Test
    void unknownTopLevelKeyIsReported() throws IOException {
        Path file = write("categories: {}\nextras: [a]\n");
        assertThat(problemsOf(file).problems()).singleElement().asString().contains(":2:").contains("extras");
    }

    @Test
    void brokenYamlNamesTheLine() throws IOException {
        Path file = write("categories:\n  self-harm:\n    phrases: [a, b\n  abuse: {\n");
        assertThat(problemsOf(file).problems()).singleElement().asString().startsWith(file + ":")
                .contains("not valid YAML");
    }

    @Test
    void missingFileIsReported() {
        Path file = dir.resolve("nope.yml");
        assertThat(problemsOf(file).problems()).singleElement().asString().contains("cannot be read");
    }

    @Test
    void emptyFileLeavesTheFloorInPlace() throws IOException {
        PhraseCrisisScreen screen = new PhraseCrisisScreen(CrisisRules.load(write("")));
        assertThat(screen.screen("i want to end my life", List.of())).isPresent();
        assertThat(screen.screen("kms", List.of())).isPresent();
    }

    @Test
    void hostileFileCannotRemoveOrSlowTheFloor() throws IOException {
        Path file = write("""
                categories:
                  self-harm:
                    phrases: []
                    patterns:
                      - '\\b(?:a+)+b'
                      - '(x+x+)+y'
                  abuse: ~
                idioms:
                  - want to die
                  - kill myself
                  - i
                  - end my life
                """);
        PhraseCrisisScreen screen = new PhraseCrisisScreen(CrisisRules.load(file));
        assertThat(screen.screen("i want to die", List.of())).isPresent();
        assertThat(screen.screen("kill myself", List.of())).isPresent();
        assertThat(screen.screen("i want to end my life", List.of())).isPresent();
        long start = System.nanoTime();
        assertThat(screen.screen("a".repeat(5_000) + " x" + "x".repeat(5_000) + " i want to end my life",
                List.of())).isPresent();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void fileIdiomsGuardOnlyFileRules() throws IOException {
        Path file = write("""
                categories:
                  self-harm:
                    phrases: [the bridge]
                idioms: [the bridge club]
                """);
        PhraseCrisisScreen screen = new PhraseCrisisScreen(CrisisRules.load(file));
        assertThat(screen.screen("i play at the bridge club", List.of())).isEmpty();
        assertThat(screen.screen("i am going to the bridge", List.of())).isPresent();
    }

    @Test
    void builtInHasNoFileRulesOrExamples() {
        CrisisRules rules = CrisisRules.builtIn();
        assertThat(rules.fileRuleCount()).isZero();
        assertThat(rules.rules()).isNotEmpty().allMatch(CrisisRule::builtIn);
        assertThat(rules.classifierExamples().values()).allMatch(List::isEmpty);
    }

    @Test
    void almostEveryFloorRuleNamesItsTriggers() {
        // only the whole-message pattern runs everywhere: every other rule is tried inside its trigger words
        assertThat(CrisisRules.builtIn().crisis.rules()).filteredOn(r -> !r.triggered())
                .extracting(r -> r.payload().rule().id()).containsExactly("floor:self-harm:lone-death-word");
    }

    @Test
    void nullPathIsRejected() {
        assertThatThrownBy(() -> CrisisRules.load(null)).isInstanceOf(NullPointerException.class);
    }
}
