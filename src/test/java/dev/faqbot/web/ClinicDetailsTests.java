package dev.faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One set of clinic details: the demo page shows the phone, hours and booking page the bot answers with (escaped),
 * and the booking answer carries them as tappable actions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "faqbot.clinic.name=Hill & Vale Clinic", "faqbot.clinic.phone=(503) 555-0147",
        "faqbot.clinic.hours=Mon-Thu, 9 am to 4 pm", "faqbot.clinic.booking-url=https://hillvale.example/book"})
class ClinicDetailsTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDemoPageShowsTheBotsClinicDetails() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(page.body()).contains("Hill &amp; Vale Clinic", "href=\"tel:5035550147\">(503) 555-0147</a>",
                "Mon-Thu, 9 am to 4 pm", "href=\"https://hillvale.example/book\"").doesNotContain("{clinic.", "Riverbend Ketamine");
    }

    @Test
    void theBookingAnswerCarriesThePhoneAndBookingPageAsActions() throws Exception {
        JsonNode reply = JsonMapper.builder().build().readTree(http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"intent\":\"book-appointment\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body());

        assertThat(reply.get("text").asString()).contains("(503) 555-0147", "https://hillvale.example/book");
        assertThat(reply.get("actions").toString()).contains("\"url\":\"https://hillvale.example/book\"")
                .containsPattern("\"call\":\"\\+?1?5035550147\"");
    }
}
