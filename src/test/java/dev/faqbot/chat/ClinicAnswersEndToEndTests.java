package dev.faqbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clinic intents on the running server, started the way a clinic would start it: its own address, one provider,
 * an empty parking setting, text storage on for 14 days. Fresh questions (none is a training example) get the right
 * intent with those values and the protocol's actions, in English and Spanish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "faqbot.clinic.address=4 Test Lane, Eugene, OR 97401",
        "faqbot.clinic.map-url=https://maps.example/test-lane",
        "faqbot.clinic.phone=(541) 555-0123",
        "faqbot.clinic.providers[0].name=Dr. Quinn Tester",
        "faqbot.clinic.providers[0].credentials=DO, psychiatrist",
        "faqbot.clinic.parking=",
        "faqbot.clinic.es.parking=",
        "faqbot.insights.store-text=true",
        "faqbot.insights.retention-days=14",
        "spring.datasource.url=jdbc:h2:mem:clinic-answers-e2e;DB_CLOSE_DELAY=-1"})
class ClinicAnswersEndToEndTests {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void locationAnswerOverWebSocketCarriesTheConfiguredAddressMapLinkAndTapToCall() throws Exception {
        try (TestChatClient client = TestChatClient.connect(port)) {
            client.next();
            JsonNode reply = client.ask("hey where's your office at? coming from salem", "c-1");

            assertThat(reply.get("intent").asString()).as(reply.toString()).isEqualTo("location-directions");
            assertThat(reply.get("text").asString()).contains("4 Test Lane, Eugene, OR 97401")
                    .contains("Parking: please call (541) 555-0123").doesNotContain("{").doesNotContain("}");
            assertThat(actions(reply)).containsExactly(
                    Map.of("label", "Open in maps", "map", "https://maps.example/test-lane"),
                    Map.of("label", "Call (541) 555-0123", "call", "5415550123"));
        }
    }

    @Test
    void freshClinicQuestionsInEnglishGetTheirIntentWithConfiguredValues() throws Exception {
        assertThat(ask("who's the doctor there").get("text").asString()).contains("Dr. Quinn Tester, DO, psychiatrist")
                .doesNotContain("Maya Chen");
        assertThat(ask("do you guys do nad drips or only ketamine").get("intent").asString()).isEqualTo("services-offered");
        JsonNode hours = ask("r u open saturday mornings");
        assertThat(hours.get("intent").asString()).isEqualTo("opening-hours");
        assertThat(actions(hours)).extracting(a -> a.get("label")).contains("Book a consultation", "Call (541) 555-0123");
        assertThat(ask("whats your cancelation policy if im sick").get("intent").asString()).isEqualTo("cancellation-policy");
        assertThat(ask("can i have my first appointment by video").get("intent").asString()).isEqualTo("telehealth");
        JsonNode careers = ask("any job openings for a medical assistant?");
        assertThat(careers.get("intent").asString()).isEqualTo("careers");
        assertThat(actions(careers)).extracting(a -> a.get("url")).contains("mailto:jobs@example.com");
    }

    @Test
    void spanishQuestionsGetTheSpanishAnswerWithSpanishActionLabels() throws Exception {
        JsonNode where = ask("donde esta la clinica? voy a ir en camion");
        assertThat(where.get("intent").asString()).isEqualTo("location-directions");
        assertThat(where.get("lang").asString()).isEqualTo("es");
        assertThat(where.get("text").asString()).contains("Dirección: 4 Test Lane").contains("Estacionamiento: llame al (541) 555-0123");
        assertThat(actions(where)).extracting(a -> a.get("label")).containsExactly("Abrir en mapas", "Llamar al (541) 555-0123");

        JsonNode who = ask("quienes son los doctores de ahi");
        assertThat(who.get("intent").asString()).isEqualTo("providers");
        assertThat(who.get("text").asString()).startsWith("El equipo clínico").contains("Dr. Quinn Tester");
    }

    @Test
    void privacyAnswerSaysUnansweredQuestionsAreKeptForTheConfiguredDays() throws Exception {
        JsonNode privacy = ask("does anybody read what i type in here");

        assertThat(privacy.get("intent").asString()).isEqualTo("privacy");
        assertThat(privacy.get("text").asString()).contains("questions the bot could not answer is kept too")
                .contains("deleted after 14 days").contains("not an emergency service").contains("not part of your medical record")
                .doesNotContain("The words you type are not kept");
        JsonNode spanish = ask("esta conversacion se guarda en algun lado?");
        assertThat(spanish.get("intent").asString()).isEqualTo("privacy");
        assertThat(spanish.get("text").asString()).contains("También se guarda el texto").contains("14 días");
    }

    JsonNode ask(String text) throws Exception {
        return post(port, http, text);
    }

    static JsonNode post(int port, HttpClient http, String text) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(Map.of("text", text)))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode reply = MAPPER.readTree(response.body());
        assertThat(reply.get("type").asString()).as(text + " -> " + reply).isEqualTo("answer");
        return reply;
    }

    static List<Map<String, String>> actions(JsonNode reply) {
        List<Map<String, String>> actions = new ArrayList<>();
        JsonNode array = reply.get("actions");
        if (array != null) {
            for (JsonNode a : array) {
                Map<String, String> fields = new java.util.LinkedHashMap<>();
                a.properties().forEach(e -> fields.put(e.getKey(), e.getValue().asString()));
                actions.add(fields);
            }
        }
        return actions;
    }
}
