package dev.faqbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The privacy answer with the shipped insights settings (text storage off, 30 days): it must not say what it says
 * when storage is on ({@link ClinicAnswersEndToEndTests}), so changing the settings changes the answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrivacyAnswerDefaultsTests {

    @LocalServerPort
    int port;

    @Test
    void withTextStorageOffThePrivacyAnswerSaysOnlyCountsAreKept() throws Exception {
        JsonNode reply = ClinicAnswersEndToEndTests.post(port, HttpClient.newHttpClient(), "do you guys save my chat messages");

        assertThat(reply.get("intent").asString()).isEqualTo("privacy");
        assertThat(reply.get("text").asString()).contains("The words you type are not kept; only the counts are.")
                .contains("for 30 days").doesNotContain("could not answer is kept");
        assertThat(reply.get("text").asString()).as("the demo clinic's name is filled in").contains("Riverbend Ketamine Clinic's staff");
    }
}
