package dev.faqbot.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With no staff token configured there is no default password: the page says how to switch it on and every staff route refuses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "faqbot.insights.token=",
        "spring.datasource.url=jdbc:h2:mem:staff-off-tests;DB_CLOSE_DELAY=-1"})
class StaffPageOffTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void thePageSaysHowToSwitchItOn() throws Exception {
        HttpResponse<String> page = get("/staff", null, "es-MX,es;q=0.9");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("FAQBOT_INSIGHTS_TOKEN").contains("desactivada").doesNotContain("staff.js");
        assertThat(get("/staff?lang=en", null, null).body()).contains("The staff page is off").contains("FAQBOT_INSIGHTS_TOKEN");
    }

    @Test
    void everyStaffRouteRefusesWhateverIsSent() throws Exception {
        for (String path : new String[] {"/api/staff/session", "/api/staff/insights", "/api/staff/health", "/api/insights/unanswered"}) {
            assertThat(get(path, null, null).statusCode()).as(path).isEqualTo(404);
            assertThat(get(path, "Bearer ", null).statusCode()).as(path).isEqualTo(404);
            assertThat(get(path, "Bearer null", null).statusCode()).as(path).isEqualTo(404);
        }
        HttpRequest tryIt = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/staff/try"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hi\"}")).build();
        assertThat(http.send(tryIt, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path, String authorization, String languages) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (languages != null) {
            request.header("Accept-Language", languages);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
