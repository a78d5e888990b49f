package dev.faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.semantic.SentenceEmbedder;
import dev.faqbot.clinic.ClinicProperties;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.intents.IntentsProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} on a small folder: the report, the dev-set score and the confusion picture. */
class EvaluateCommandTests {

    @TempDir
    Path temp;

    @Test
    void writesTheCrossValidationReportAndTheConfusionPicture() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("intents"));
        write(dir, "cost", List.of("price", "cost", "fee", "pay", "money", "charge", "bill", "expensive", "cheap", "afford",
                "dollars", "budget", "rate", "quote", "invoice"));
        write(dir, "hours", List.of("open", "hours", "close", "time", "monday", "weekend", "sunday", "evening", "morning",
                "holiday", "schedule", "today", "tomorrow", "late", "early"));
        write(dir, "parking", List.of("park", "car", "garage", "lot", "drive", "street", "valet", "spot", "space", "vehicle",
                "bike", "bus", "train", "transit", "ride"));
        Path dev = temp.resolve("dev.tsv");
        Files.writeString(dev, "cost\thow much is the fee\nhours\tare you open on sunday\nout-of-scope\tbanana\n");
        Path out = temp.resolve("report");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int code = new EvaluateCommand(new IntentLoader(new ClinicProperties("C", "P", "B", "H", "PR", "IN")),
                new ClassifierProperties(0.5, 0.5, 0.12, 1, 50, 0.3, ""),
                new IntentsProperties(dir, List.of(), Period.ofMonths(12), 0.1, 0.5, List.of()), new SentenceEmbedder(100))
                .run(List.of(dir.toString(), "--folds=3", "--dev=" + dev, "--out=" + out), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(report).as("progress while it runs").contains("fold 1 of 3 done", "fold 3 of 3 done",
                "Training on every example for the development set");
        assertThat(report).contains("Cross-validation over 48 held-out examples").contains("precision")
                .containsPattern("cost\\s+\\d\\.\\d\\d\\s+\\d\\.\\d\\d\\s+\\d\\.\\d\\d\\s+16")
                .contains("Development test set").contains("in-scope top-1");
        assertThat(Files.readString(out.resolve("confusion.svg"))).startsWith("<svg").contains("</svg>");
        assertThat(out.resolve("report.txt")).exists();
    }

    private static void write(Path dir, String id, List<String> words) throws IOException {
        String examples = IntStream.range(0, words.size()).mapToObj(i -> "  - about the " + words.get(i) + "\n").collect(Collectors.joining());
        Files.writeString(dir.resolve(id + ".yml"), "id: " + id + "\ntitle: " + id + "\nexamples:\n" + examples
                + "answer: About " + id + ".\nsources: [clinic policy]\nreviewed: 2026-11-21\n");
    }
}
