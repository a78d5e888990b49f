package dev.faqbot.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every staff route refuses without the staff token and works with it, against the real application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "faqbot.insights.token=" + StaffApiTests.TOKEN,
        "faqbot.insights.store-text=true",
        "spring.datasource.url=jdbc:h2:mem:staff-api-tests;DB_CLOSE_DELAY=-1"})
class StaffApiTests {

    static final String TOKEN = "staff-api-token-for-tests";
    private static final String TRY = "{\"text\":\"i want to kill myself\",\"earlier\":[\"hi\"],\"lang\":\"en\"}";
    private static final List<Route> ROUTES = List.of(
            new Route("GET", "/api/staff/session", null, 204),
            new Route("GET", "/api/staff/insights?days=7", null, 200),
            new Route("POST", "/api/staff/try", TRY, 200),
            new Route("GET", "/api/staff/health", null, 200));

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void everyStaffApiRefusesWithoutTheToken() throws Exception {
        for (Route route : ROUTES) {
            HttpResponse<String> response = send(route, null);
            assertThat(response.statusCode()).as(route.path()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(route.path()).hasValue("Bearer realm=\"faqbot-staff\"");
            assertThat(response.body()).as(route.path()).isEmpty();
        }
    }

    @Test
    void aWrongTokenOrACookieIsRefused() throws Exception {
        Route insights = ROUTES.get(1);
        assertThat(send(insights, "Bearer not-the-token").statusCode()).isEqualTo(401);
        HttpRequest withCookie = HttpRequest.newBuilder(URI.create(base() + insights.path())).header("Cookie", "token=" + TOKEN).build();
        assertThat(http.send(withCookie, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(send(insights, "Bearer " + TOKEN).statusCode()).as("a right token clears the address").isEqualTo(200);
    }

    @Test
    void everyStaffApiAnswersWithTheToken() throws Exception {
        for (Route route : ROUTES) {
            HttpResponse<String> response = send(route, "Bearer " + TOKEN);
            assertThat(response.statusCode()).as(route.path()).isEqualTo(route.okStatus());
            assertThat(response.headers().firstValue("Cache-Control")).as(route.path()).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        }
    }

    @Test
    void tryShowsTheVisitorsReplyAndWhichLayerDecided() throws Exception {
        JsonNode crisis = json(send(ROUTES.get(2), "Bearer " + TOKEN));
        assertThat(crisis.at("/reply/type").asString()).isEqualTo("crisis");
        assertThat(crisis.at("/reply/resources/0/id").asString()).isEqualTo("911");
        assertThat(crisis.at("/decidedBy").asString()).isEqualTo("floor");
        assertThat(crisis.at("/crisis/category").asString()).isEqualTo("self-harm");
        assertThat(crisis.at("/thresholds/answer").asDouble()).isEqualTo(0.55);

        JsonNode answer = json(send(new Route("POST", "/api/staff/try", "{\"text\":\"how long do the effects last\"}", 200), "Bearer " + TOKEN));
        assertThat(answer.at("/reply/type").asString()).isEqualTo("answer");
        assertThat(answer.at("/reply/intent").asString()).isEqualTo("effects-duration");
        assertThat(answer.at("/decidedBy").asString()).isEqualTo("classifier");
        assertThat(answer.at("/lang").asString()).isEqualTo("en");
        assertThat(answer.at("/topIntents/0/intent").asString()).isEqualTo("effects-duration");
        assertThat(answer.at("/topIntents").size()).isEqualTo(5);
    }

    @Test
    void contentHealthNamesTheLiveModelAndTheLastReload() throws Exception {
        JsonNode health = json(send(ROUTES.get(3), "Bearer " + TOKEN));
        assertThat(health.at("/model/contentHash").asString()).hasSize(64);
        assertThat(health.at("/model/intents").asInt()).isEqualTo(47);
        assertThat(health.at("/lastReload/accepted").asBoolean()).isTrue();
        assertThat(health.at("/evaluation/state").asString()).as("started in the background, never awaited")
                .isIn("computing", "ready");
        assertThat(health.at("/warnings").isArray()).isTrue();
        assertThat(health.at("/staffRuleReview").asString()).as("started in the background, never awaited").isIn("computing", "ready");
    }

    /** The review of the staff's crisis rules (seconds of screening) finishes in the background and is then kept. */
    @Test
    void theStaffRuleReviewFinishesInTheBackground() throws Exception {
        String state = "computing";
        for (int i = 0; i < 600 && state.equals("computing"); i++) {
            state = json(send(ROUTES.get(3), "Bearer " + TOKEN)).at("/staffRuleReview").asString();
            if (state.equals("computing")) {
                Thread.sleep(200);
            }
        }
        assertThat(state).isEqualTo("ready");
        assertThat(json(send(ROUTES.get(3), "Bearer " + TOKEN)).at("/staffRuleReview").asString()).isEqualTo("ready");
    }

    @Test
    void thePageHasItsOwnStrictPolicyAndTheDemoPageKeepsItsOwn() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/staff?lang=es")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"es\">").contains("Página del personal").doesNotContain("{{");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)");

        HttpResponse<String> demo = http.send(HttpRequest.newBuilder(URI.create(base() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(demo.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(demoPolicy ->
                assertThat(demoPolicy).contains("default-src 'self'", "frame-ancestors 'self'").isNotEqualTo(policy));
    }

    private HttpResponse<String> send(Route route, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + route.path()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (route.body() != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(route.body()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private record Route(String method, String path, String body, int okStatus) {
    }
}
