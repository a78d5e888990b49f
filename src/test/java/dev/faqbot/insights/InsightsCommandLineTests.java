package dev.faqbot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code insights} as staff run it, in its own JVM: with the H2 file held by another process (a running server) or a
 * PostgreSQL nobody listens for, it says what to do in two lines and exits 1, with no stack trace.
 */
class InsightsCommandLineTests {

    @TempDir
    Path temp;

    @Test
    void theH2FileHeldByARunningServerSaysStopTheServerFirst() throws Exception {
        String url = "jdbc:h2:file:" + temp.resolve("faqbot") + ";AUTO_SERVER=FALSE";
        try (Connection server = DriverManager.getConnection(url, "sa", "")) {
            Run run = insights("--spring.datasource.url=" + url);

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.output()).contains("insights: the database jdbc:h2:file:" + temp.resolve("faqbot")
                    + " is in use by a running server", "Stop the server first");
            assertThat(run.output()).doesNotContain("\tat ", "Exception").hasLineCount(2);
        }
    }

    @Test
    void anUnreachablePostgresSaysWhatToCheck() throws Exception {
        Run run = insights("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/faqbot?password=secret");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("insights: cannot reach the database jdbc:postgresql://127.0.0.1:1/faqbot.",
                "SPRING_DATASOURCE_URL").doesNotContain("secret", "\tat ", "Exception").hasLineCount(2);
    }

    private record Run(int exitCode, String output) {
    }

    private Run insights(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.faqbot.FaqBotApplication", "insights",
                "--faqbot.intents.dir=intents",
                "--faqbot.classifier.cache-dir=" + System.getProperty("faqbot.classifier.cache-dir", "")));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output.strip());
    }
}
