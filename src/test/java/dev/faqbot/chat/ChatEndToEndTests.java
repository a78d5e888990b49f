package dev.faqbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The running application on a random port, driven by real WebSocket and HTTP clients. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ChatEndToEndTests {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Questions with the intent a visitor expects; none of them is a training example. */
    private static final Map<String, String> QUESTIONS = Map.of(
            "how long does the ketamine high last", "effects-duration",
            "is ketamine addictive", "addiction-risk",
            "can i take it with my lexapro", "medication-interactions",
            "is ketamine therapy safe", "safety",
            "hello there", "greeting",
            "thanks so much", "thanks",
            "are you a real person", "bot-identity",
            "i want to talk to a human", "talk-to-human");

    @LocalServerPort
    int port;

    @Autowired
    TryCommand tryCommand;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void welcomeThenAnswerWithReplyTo() throws Exception {
        try (TestChatClient client = TestChatClient.connect(port)) {
            JsonNode welcome = client.next();
            assertThat(welcome.get("type").asString()).isEqualTo("welcome");
            assertThat(welcome.get("v").asInt()).isEqualTo(1);
            assertThat(welcome.get("suggestions").size()).isGreaterThan(0);

            JsonNode answer = client.ask("how long do the effects last?", "c-17");

            assertThat(answer.get("type").asString()).isEqualTo("answer");
            assertThat(answer.get("intent").asString()).isEqualTo("effects-duration");
            assertThat(answer.get("replyTo").asString()).isEqualTo("c-17");
            assertThat(answer.get("followUps").size()).isGreaterThan(0);
        }
    }

    @Test
    void aSpanishWidgetIsWelcomedInSpanishAndAnUnknownLanguageInEnglish() throws Exception {
        try (TestChatClient spanish = TestChatClient.connectInLanguage(port, "es");
                TestChatClient unknown = TestChatClient.connectInLanguage(port, "xx")) {
            JsonNode welcome = spanish.next();
            JsonNode english = unknown.next();

            assertThat(welcome.get("type").asString()).isEqualTo("welcome");
            assertThat(welcome.get("lang").asString()).isEqualTo("es");
            assertThat(english.get("lang").asString()).isEqualTo("en");
            assertThat(welcome.get("text").asString()).isNotEqualTo(english.get("text").asString());
            assertThat(welcome.get("suggestions").get(0).get("title").asString())
                    .isNotEqualTo(english.get("suggestions").get(0).get("title").asString());
        }
    }

    @Test
    void aSpanishFallbackGivesTheClinicsHoursInSpanish() throws Exception {
        try (TestChatClient spanish = TestChatClient.connectInLanguage(port, "es")) {
            spanish.next();

            JsonNode fallback = spanish.ask("necesito que me recomiendes una buena pizzeria en el centro", "c-es-1");

            assertThat(fallback.get("type").asString()).isEqualTo("fallback");
            assertThat(fallback.get("lang").asString()).isEqualTo("es");
            assertThat(fallback.get("text").asString()).contains("lunes a viernes").doesNotContain("Monday");
        }
    }

    @Test
    void fiftyConcurrentSessionsAskingTwentyQuestionsEachGetEveryReplyRight() throws Exception {
        List<Map.Entry<String, String>> questions = new ArrayList<>(QUESTIONS.entrySet());
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<List<String>>> sessions = new ArrayList<>();
            for (int s = 0; s < 50; s++) {
                int session = s;
                sessions.add(pool.submit((Callable<List<String>>) () -> {
                    List<String> wrong = new ArrayList<>();
                    try (TestChatClient client = TestChatClient.connect(http, port, null)) {
                        client.next();
                        for (int q = 0; q < 20; q++) {
                            Map.Entry<String, String> question = questions.get((session + q) % questions.size());
                            String id = session + "-" + q;
                            JsonNode reply = client.ask(question.getKey(), id);
                            if (!id.equals(reply.path("replyTo").asString()) || !question.getValue().equals(reply.path("intent").asString())) {
                                wrong.add(id + ": " + reply);
                            }
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> session : sessions) {
                assertThat(session.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void crisisMessageGetsTheCrisisReplyWithResourcesInOrderAndIsNeverLogged(CapturedOutput output) throws Exception {
        String secret = "zebra" + System.nanoTime();
        JsonNode reply = post("{\"text\":\"i want to kill myself " + secret + "\"}");

        assertThat(reply.get("type").asString()).isEqualTo("crisis");
        assertThat(reply.get("category").asString()).isEqualTo("self-harm");
        assertThat(reply.get("resources").valueStream().map(r -> r.get("id").asString()).toList())
                .containsExactly("911", "988", "crisis-text-line");
        assertThat(reply.get("resources").get(1).get("call").asString()).isEqualTo("988");
        assertThat(output.getAll()).doesNotContain(secret);
    }

    @Test
    void plainTextInsteadOfJsonIsStillScreenedForCrisis() throws Exception {
        JsonNode reply = post("i don't want to be alive anymore");

        assertThat(reply.get("type").asString()).isEqualTo("crisis");
        assertThat(reply.get("resources").get(0).get("id").asString()).isEqualTo("911");
    }

    @Test
    void overdoseInformationIsAnsweredWithEmergencyLinesAttached() throws Exception {
        JsonNode reply = post("{\"text\":\"what happens if someone takes too much ketamine\"}");

        assertThat(reply.get("type").asString()).isEqualTo("answer");
        assertThat(reply.get("intent").asString()).isEqualTo("overdose-info");
        assertThat(reply.get("resources").valueStream().map(r -> r.get("id").asString()).toList())
                .containsExactly("911", "poison-control");
    }

    @Test
    void recentMessagesOfAnHttpConversationAreScreenedTogether() throws Exception {
        String conversation = "\"conversationId\":\"conv-" + System.nanoTime() + "\"";
        assertThat(post("{\"text\":\"i've been saving up my pills\"," + conversation + "}").get("type").asString()).isEqualTo("crisis");
        assertThat(post("{\"text\":\"tonight is the night\"," + conversation + "}").get("type").asString()).isEqualTo("crisis");
    }

    @Test
    void httpApiAnswersFallsBackAndRejectsBadInput() throws Exception {
        assertThat(post("{\"text\":\"how long does the ketamine high last\"}").get("intent").asString()).isEqualTo("effects-duration");
        assertThat(post("{\"text\":\"what's the weather in Paris\"}").get("type").asString()).isEqualTo("fallback");
        assertThat(post("{\"text\":\"" + "a".repeat(2000) + "\"}").get("code").asString()).isEqualTo("too-long");
        assertThat(post("this is not json").get("type").asString()).isEqualTo("error");
        assertThat(post("{\"intent\":\"no-such-intent\"}").get("code").asString()).isEqualTo("unknown-intent");
    }

    @Test
    void badFramesGetErrorRepliesAndTheConnectionStaysOpen(CapturedOutput output) throws Exception {
        // words no log line has; not random digits, which the learned crisis layer may read either way
        String secret = "my-private-words-about-the-parking-garage";
        try (TestChatClient client = TestChatClient.connect(port)) {
            client.next();
            client.sendText("{not json " + secret);
            assertThat(client.next().get("code").asString()).isEqualTo("invalid-json");
            client.sendText("{\"text\":42}");
            assertThat(client.next().get("code").asString()).isEqualTo("invalid-message");
            client.sendText("{\"text\":\"   \"}");
            assertThat(client.next().get("code").asString()).isEqualTo("empty");
            client.sendText("{\"text\":\"" + secret + " " + "b".repeat(1500) + "\"}");
            assertThat(client.next().get("code").asString()).isEqualTo("too-long");
            client.sendBinary(new byte[] {0, 1, 2, (byte) 0xff});
            assertThat(client.next().get("code").asString()).isEqualTo("binary-not-supported");
            client.sendText("{\"intent\":\"nope\"}");
            assertThat(client.next().get("code").asString()).isEqualTo("unknown-intent");

            assertThat(client.ask("is it addictive", "after").get("intent").asString()).isEqualTo("addiction-risk");
        }
        assertThat(output.getAll()).doesNotContain(secret);
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("\"UP\"");
    }

    @Test
    void frameOverTheTransportLimitClosesWith1009WithoutAStackTrace(CapturedOutput output) throws Exception {
        try (TestChatClient client = TestChatClient.connect(port)) {
            client.next();
            client.sendText("{\"text\":\"" + "x".repeat(20_000) + "\"}");

            assertThat(client.closeCode()).isEqualTo(1009);
        }
        assertThat(output.getAll()).doesNotContain("Exception");
    }

    @Test
    void aReplySaysItsLanguageAndFollowsTheVisitorsWords() throws Exception {
        JsonNode english = post("{\"text\":\"is ketamine addictive\"}");
        assertThat(english.get("lang").asString()).isEqualTo("en");

        JsonNode spanish = post("{\"text\":\"oiga y la ketamina que cosa es exactamente? un medicamento o una droga?\"}");
        assertThat(spanish.get("intent").asString()).isEqualTo("what-is-ketamine");
        assertThat(spanish.get("lang").asString()).isEqualTo("es");
        assertThat(spanish.get("text").asString()).startsWith("La ketamina es un medicamento");
        assertThat(spanish.get("followUps").valueStream().map(o -> o.get("title").asString()).toList())
                .allSatisfy(title -> assertThat(title).doesNotContain("What", "How"));
    }

    @Test
    void aVisitorAskingTheSameQuestionAgainGetsTheSameAnswerAgain() throws Exception {
        String conversation = "\"conversationId\":\"again-" + System.nanoTime() + "\"";
        for (int i = 0; i < 4; i++) {
            JsonNode reply = post("{\"text\":\"how long do the effects of ketamine last\"," + conversation + "}");
            assertThat(reply.get("intent").asString()).as("ask number %d", i + 1).isEqualTo("effects-duration");
        }
    }

    @Test
    void tooShortToTellFollowsTheWidgetsLanguage() throws Exception {
        assertThat(post("{\"text\":\"ok\",\"lang\":\"es\"}").get("lang").asString()).isEqualTo("es");
        assertThat(post("{\"text\":\"ok\"}").get("lang").asString()).isEqualTo("en");
    }

    @Test
    void aSpanishCrisisMessageGetsTheSpanishWayToReachEachLineInOrder() throws Exception {
        JsonNode reply = post("{\"text\":\"la verdad ya no le encuentro sentido a seguir viviendo, estoy agotada de todo\"}");

        assertThat(reply.get("type").asString()).isEqualTo("crisis");
        assertThat(reply.get("lang").asString()).isEqualTo("es");
        assertThat(reply.get("resources").valueStream().map(r -> r.get("id").asString()).toList())
                .containsExactly("911", "988", "crisis-text-line");
        JsonNode lifeline = reply.get("resources").get(1);
        assertThat(lifeline.get("call").asString()).isEqualTo("988");
        assertThat(lifeline.get("detail").asString()).contains("marque 2", "AYUDA");
        assertThat(reply.get("resources").get(2).get("keyword").asString()).isEqualTo("AYUDA");
        assertThat(reply.get("text").asString()).doesNotContain("You're not alone");
    }

    private JsonNode post(String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return MAPPER.readTree(response.body());
    }

    @Test
    void tryFileAnswersEveryQuestionOfTheFileInTurn(@TempDir Path dir) throws Exception {
        Path questions = Files.writeString(dir.resolve("questions.txt"),
                "how long do the effects last?\n\ni want to end my life tonight\ncuanto cuesta una infusion\n");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = tryCommand.run(List.of("--file", questions.toString()), new PrintStream(printed, true, StandardCharsets.UTF_8));

        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(out).contains("> how long do the effects last?\nReply: answer (effects-duration)")
                .contains("> i want to end my life tonight\nReply: crisis (self-harm)")
                .contains("> cuanto cuesta una infusion\nReply: answer (cost-insurance)");
        assertThat(out.split("Reply: ", -1)).hasSize(4);
    }

    @Test
    void tryFileThatIsNotThereSaysWhatToGive(@TempDir Path dir) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = tryCommand.run(List.of("--file", dir.resolve("missing.txt").toString()), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("No file ").contains("one question per line");
    }
}
