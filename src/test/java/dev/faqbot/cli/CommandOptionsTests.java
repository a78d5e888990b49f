package dev.faqbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.junit.jupiter.api.Test;

class CommandOptionsTests {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Command(name = "sample", description = "A sample command.")
    static final class Options {
        @Option(names = "--top", paramLabel = "N", description = "how many")
        int top = 3;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
        boolean help;
    }

    private static final CliCommand SAMPLE = new CliCommand() {
        @Override
        public String name() {
            return "sample";
        }

        @Override
        public String usage() {
            return "sample [--top N]   a sample";
        }

        @Override
        public int run(List<String> args, PrintStream out) {
            return 0;
        }
    };

    @Test
    void readsOptionsWithOrWithoutEqualsAndLetsSpringSettingsThrough() {
        Options options = new Options();
        assertThat(CommandOptions.parse(SAMPLE, options, List.of("--spring.datasource.url=jdbc:h2:mem:x", "--top", "7", "--debug"), out))
                .isEmpty();
        assertThat(options.top).isEqualTo(7);
        Options other = new Options();
        assertThat(CommandOptions.parse(SAMPLE, other, List.of("--top=9"), out)).isEmpty();
        assertThat(other.top).isEqualTo(9);
    }

    @Test
    void helpPrintsEveryOptionAndStops() {
        assertThat(CommandOptions.parse(SAMPLE, new Options(), List.of("--help"), out)).hasValue(0);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Usage: sample", "A sample command.", "--top=N", "how many",
                "--help");
    }

    @Test
    void badArgumentsPrintWhatIsWrongAndTheUsageLine() {
        assertThat(CommandOptions.parse(SAMPLE, new Options(), List.of("--top", "many"), out)).hasValue(2);
        assertThat(CommandOptions.parse(SAMPLE, new Options(), List.of("--verbose"), out)).hasValue(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("sample: ", "unknown option or argument --verbose",
                "usage: sample [--top N]   a sample");
    }
}
