package dev.faqbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The held-out suites: crisis messages written the way real people in distress write them, and ordinary
 * messages that must stay clear. Every missed crisis message fails the build (listed in full); category
 * mismatches are reported but count as caught; more than 2% of benign messages flagged fails the build. The
 * second and third suites ({@code -2}, {@code -3}) were written later by other authors; they are held to the
 * same bars.
 */
public class CrisisSuiteTests {

    private static final Path PHRASE_FILE = Path.of("intents/crisis/phrases.yml");

    private static PhraseCrisisScreen screen;

    @BeforeAll
    static void loadRealPhraseFile() {
        screen = new PhraseCrisisScreen(CrisisRules.load(PHRASE_FILE));
    }

    @ParameterizedTest(name = "regression-crisis{0}.tsv")
    @ValueSource(strings = {"", "-2", "-3"})
    void everyCrisisMessageInTheSuiteIsCaught(String suite) throws IOException {
        List<String> missed = new ArrayList<>();
        List<String> otherCategory = new ArrayList<>();
        int total = 0;
        for (String line : lines("safety/regression-crisis" + suite + ".tsv")) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            total++;
            String expected = line.substring(0, tab).strip();
            String message = line.substring(tab + 1);
            Optional<CrisisVerdict> verdict = screen.screen(message, List.of());
            if (verdict.isEmpty()) {
                missed.add("[" + expected + "] " + message);
            } else if (!verdict.get().category().id().equals(expected)) {
                otherCategory.add("[" + expected + " -> " + verdict.get().category().id() + " by "
                        + verdict.get().ruleId() + "] " + message);
            }
        }
        if (!otherCategory.isEmpty()) {
            System.out.println(otherCategory.size() + " crisis messages caught under another category:\n  "
                    + String.join("\n  ", otherCategory));
        }
        System.out.println("crisis suite" + suite + ": " + total + " messages, " + missed.size() + " missed");
        assertThat(total).as("crisis messages in the suite").isPositive();
        assertThat(missed).as(missed.size() + " of " + total + " crisis messages missed:\n  "
                + String.join("\n  ", missed)).isEmpty();
    }

    @ParameterizedTest(name = "regression-ordinary{0}.txt")
    @ValueSource(strings = {"", "-2", "-3"})
    void atMostTwoPercentOfBenignMessagesAreFlagged(String suite) throws IOException {
        List<String> flagged = new ArrayList<>();
        int total = 0;
        for (String message : lines("safety/regression-ordinary" + suite + ".txt")) {
            total++;
            Optional<CrisisVerdict> verdict = screen.screen(message, List.of());
            verdict.ifPresent(v -> flagged.add("[" + v.category().id() + " by " + v.ruleId() + "] " + message));
        }
        double rate = total == 0 ? 0 : 100.0 * flagged.size() / total;
        System.out.printf("benign suite%s: %d messages, %d flagged (%.2f%%)%n", suite, total, flagged.size(), rate);
        if (!flagged.isEmpty()) {
            System.out.println("flagged benign messages:\n  " + String.join("\n  ", flagged));
        }
        assertThat(total).as("benign messages in the suite").isPositive();
        assertThat(rate).as(String.format("%.2f%% of benign messages flagged (limit 2%%):%n  %s", rate,
                String.join("\n  ", flagged))).isLessThanOrEqualTo(2.0);
    }

    /** Non-blank lines that are not {@code #} comments. */
    public static List<String> lines(String resource) throws IOException {
        try (InputStream in = CrisisSuiteTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("test resource " + resource).isNotNull();
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        }
    }
}
