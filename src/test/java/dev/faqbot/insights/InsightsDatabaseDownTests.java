package dev.faqbot.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.faqbot.FaqBotApplication;
import dev.faqbot.chat.TestChatClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The insights database is unreachable (nothing listens on its port): the bot still starts, answers and escalates,
 * and stays healthy; the insights health component says the database is unavailable, and the log names the kind of
 * failure without any visitor text.
 */
@SpringBootTest(classes = FaqBotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:9/faqbot",
        "spring.datasource.hikari.connection-timeout=500",
        "faqbot.insights.token=staff-token-for-tests"})
@ExtendWith(OutputCaptureExtension.class)
class InsightsDatabaseDownTests {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void theBotStartsAnswersAndEscalatesWithoutItsInsightsDatabase(CapturedOutput output) throws Exception {
        try (TestChatClient client = TestChatClient.connect(port)) {
            client.next();
            JsonNode answer = client.ask("is ketamine addictive", "q-1");
            assertThat(answer.get("type").asString()).isEqualTo("answer");
            JsonNode crisis = client.ask("i want to end my life tonight", "q-2");
            assertThat(crisis.get("type").asString()).isEqualTo("crisis");
        }

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .header("Authorization", "Bearer staff-token-for-tests").build();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode body = MAPPER.readTree(http.send(health, HttpResponse.BodyHandlers.ofString()).body());
            assertThat(body.get("status").asString()).isEqualTo("UP");
            assertThat(body.at("/components/insights/details/database").asString()).startsWith("unavailable: ");
        });
        assertThat(output.getAll()).contains("Dropped ").doesNotContain("addictive").doesNotContain("end my life");
    }
}
