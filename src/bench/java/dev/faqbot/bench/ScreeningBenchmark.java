package dev.faqbot.bench;

import dev.faqbot.safety.CrisisRules;
import dev.faqbot.safety.CrisisScreen;
import dev.faqbot.safety.CrisisVerdict;
import dev.faqbot.safety.PhraseCrisisScreen;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to crisis-screen one visitor message with the shipped phrase file ({@code intents/crisis/phrases.yml}),
 * alone and with the three earlier messages of its conversation (what the server passes). Sample mode, so JMH
 * reports per-message percentiles. Target: p99 under 50 us.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ScreeningBenchmark {

    /** Which message: ordinary questions of growing length, a crisis message, and one at the 1000-character limit. */
    @Param({"short", "medium", "long", "crisis", "max-1000"})
    public String message;

    private CrisisScreen screen;
    private String text;

    @Setup(Level.Trial)
    public void setUp() {
        Path intents = Path.of(System.getProperty("bench.intents", "intents"));
        screen = new PhraseCrisisScreen(CrisisRules.load(intents.resolve("crisis/phrases.yml")));
        text = switch (message) {
            case "short" -> VisitorMessages.SHORT;
            case "medium" -> VisitorMessages.MEDIUM;
            case "long" -> VisitorMessages.LONG;
            case "crisis" -> VisitorMessages.CRISIS;
            case "max-1000" -> VisitorMessages.ofLength(1000);
            default -> throw new IllegalArgumentException("unknown message " + message);
        };
        boolean crisis = screen.screen(text, List.of()).isPresent();
        if (crisis != message.equals("crisis")) {
            throw new IllegalStateException("unexpected verdict for " + message + ": crisis=" + crisis);
        }
    }

    @Benchmark
    public Optional<CrisisVerdict> alone() {
        return screen.screen(text, List.of());
    }

    @Benchmark
    public Optional<CrisisVerdict> inConversation() {
        return screen.screen(text, VisitorMessages.EARLIER);
    }
}
