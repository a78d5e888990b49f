package dev.faqbot.insights;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class InsightsControllerTests {

    private static final String TOKEN = "s3cret-staff-token";
    private static final String PATH = "/api/insights/unanswered";

    private static TestDatabase database;

    @BeforeAll
    static void seed() {
        database = TestDatabase.h2();
        InsightsRepository repository = database.repository();
        LocalDate today = LocalDate.now(InsightsRepositoryContract.CLOCK);
        repository.addQuestion(today, "fallback", "insurance", "do you take medicare?", "en");
        repository.addQuestion(today, "fallback", "insurance", "Do you take Medicare", "en");
        repository.addQuestion(today, "clarify", null, "=HYPERLINK(\"x\") parking, please", "en");
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void answers404WhenNoTokenIsConfigured() throws Exception {
        mvc(null).perform(get(PATH).header("Authorization", "Bearer anything")).andExpect(status().isNotFound());
        mvc("  ").perform(get(PATH)).andExpect(status().isNotFound());
    }

    @Test
    void answers401WithoutTheRightToken() throws Exception {
        MockMvc mvc = mvc(TOKEN);
        mvc.perform(get(PATH)).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
        mvc.perform(from("10.0.0.1").header("Authorization", "Bearer wrong")).andExpect(status().isUnauthorized());
        mvc.perform(from("10.0.0.2").header("Authorization", "Bearer " + TOKEN + "x")).andExpect(status().isUnauthorized());
        mvc.perform(from("10.0.0.3").header("Authorization", "Basic " + TOKEN)).andExpect(status().isUnauthorized());
        mvc.perform(from("10.0.0.4").header("Authorization", TOKEN)).andExpect(status().isUnauthorized());
    }

    @Test
    void guessingFromOneAddressIsSlowedDownEvenForTheRightTokenWhileOthersAreServed() throws Exception {
        MockMvc mvc = mvc(TOKEN);
        for (int i = 0; i < StaffToken.FREE_FAILURES + 1; i++) {
            mvc.perform(from("10.0.1.1").header("Authorization", "Bearer guess-" + i)).andExpect(status().isUnauthorized());
        }

        mvc.perform(from("10.0.1.1").header("Authorization", "Bearer guess-x")).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"));
        mvc.perform(from("10.0.1.1").header("Authorization", "Bearer " + TOKEN)).andExpect(status().isTooManyRequests());
        mvc.perform(from("10.0.1.2").header("Authorization", "Bearer " + TOKEN)).andExpect(status().isOk());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder from(String address) {
        return get(PATH).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    @Test
    void listsGroupedQuestionsWithTheRightToken() throws Exception {
        mvc(TOKEN).perform(get(PATH).header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.days").value(30))
                .andExpect(jsonPath("$.unanswered[0].question").value("Do you take Medicare"))
                .andExpect(jsonPath("$.unanswered[0].count").value(2))
                .andExpect(jsonPath("$.unanswered[0].closestIntent").value("insurance"))
                .andExpect(jsonPath("$.unanswered[1].count").value(1));
    }

    @Test
    void exportsCsvWithFormulasDefused() throws Exception {
        mvc(TOKEN).perform(get(PATH).param("format", "csv").header("Authorization", "bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(content().string("""
                        count,question,closest_intent,examples,lang\r
                        2,Do you take Medicare,insurance,Do you take Medicare,en\r
                        1,"'=HYPERLINK(""x"") parking, please",,"'=HYPERLINK(""x"") parking, please",en\r
                        """));
    }

    private static MockMvc mvc(String token) {
        InsightsProperties properties = new InsightsProperties(true, 30, 100, token);
        InsightsReport report = new InsightsReport(database.repository(), properties, InsightsRepositoryContract.CLOCK);
        return MockMvcBuilders.standaloneSetup(new InsightsController(report, new StaffToken(properties))).build();
    }
}
