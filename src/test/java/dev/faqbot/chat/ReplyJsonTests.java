package dev.faqbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.clinic.ClinicAction;
import dev.faqbot.safety.CrisisResource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of reply, written by the mapper the application uses, is exactly the JSON of protocol.md: field names,
 * field order, and which fields appear; and reads back as the same reply. The literals are what the server emitted
 * before replies became types.
 */
class ReplyJsonTests {

    private static final List<Option> OPTIONS = List.of(new Option("side-effects", "Side effects"),
            new Option("cost", "Cuánto \"cuesta\""));
    private static final String OPTIONS_JSON =
            "[{\"intent\":\"side-effects\",\"title\":\"Side effects\"},{\"intent\":\"cost\",\"title\":\"Cuánto \\\"cuesta\\\"\"}]";
    private static final CrisisResource LIFELINE = new CrisisResource("988", "988 Suicide & Crisis Lifeline", "988", "988",
            null, "https://988lifeline.org/chat/", "call or text 988, 24/7", List.of());
    private static final String LIFELINE_JSON = "{\"id\":\"988\",\"name\":\"988 Suicide & Crisis Lifeline\",\"call\":\"988\","
            + "\"sms\":\"988\",\"url\":\"https://988lifeline.org/chat/\",\"detail\":\"call or text 988, 24/7\"}";
    private static final CrisisResource TEXT_LINE = new CrisisResource("crisis-text-line", "Crisis Text Line", null, "741741",
            "HOME", null, "text HOME", List.of()); // categories stay on the server
    private static final String TEXT_LINE_JSON = "{\"id\":\"crisis-text-line\",\"name\":\"Crisis Text Line\",\"sms\":\"741741\","
            + "\"keyword\":\"HOME\",\"detail\":\"text HOME\"}";
    private static final String ANSWER_JSON = "{\"type\":\"answer\",\"text\":\"Most effects fade\\nwithin 2 hours <b>&</b>.\","
            + "\"intent\":\"side-effects\",\"confidence\":0.873,\"followUps\":" + OPTIONS_JSON + ",\"lang\":\"en\"}";

    private static JsonMapper mapper;

    @BeforeAll
    static void applicationMapper() {
        AtomicReference<JsonMapper> found = new AtomicReference<>();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .run(context -> found.set(context.getBean(JsonMapper.class)));
        mapper = found.get();
    }

    private static Reply.Answer answer() {
        return Reply.answer("side-effects", "Most effects fade\nwithin 2 hours <b>&</b>.", 0.873, OPTIONS, List.of(), "en");
    }

    static Stream<Arguments> replies() {
        return Stream.of(
                Arguments.of(Reply.welcome("Hi! I answer questions.", "Not medical advice.", OPTIONS, "en"),
                        "{\"type\":\"welcome\",\"text\":\"Hi! I answer questions.\",\"v\":1,\"disclaimer\":\"Not medical advice.\","
                                + "\"suggestions\":" + OPTIONS_JSON + ",\"lang\":\"en\"}"),
                Arguments.of(Reply.welcome("¡Hola!", "No es consejo médico.", List.of(), "es"),
                        "{\"type\":\"welcome\",\"text\":\"¡Hola!\",\"v\":1,\"disclaimer\":\"No es consejo médico.\","
                                + "\"suggestions\":[],\"lang\":\"es\"}"),
                Arguments.of(answer(), ANSWER_JSON),
                Arguments.of(answer().replyingTo("c-17"), ANSWER_JSON.replace(",\"intent\"", ",\"replyTo\":\"c-17\",\"intent\"")),
                Arguments.of(Reply.answer("call-us", "Call us.", 1.0, List.of(), List.of(LIFELINE), "es",
                                List.of(new ClinicAction("Call", "+15035550147", null, null),
                                        new ClinicAction("Map", null, null, "https://maps.example/x"))),
                        "{\"type\":\"answer\",\"text\":\"Call us.\",\"intent\":\"call-us\",\"confidence\":1.0,\"followUps\":[],"
                                + "\"resources\":[" + LIFELINE_JSON + "],\"lang\":\"es\",\"actions\":[{\"label\":\"Call\","
                                + "\"call\":\"+15035550147\"},{\"label\":\"Map\",\"map\":\"https://maps.example/x\"}]}"),
                Arguments.of(Reply.clarify("Which one?", OPTIONS, "en").replyingTo("7"),
                        "{\"type\":\"clarify\",\"text\":\"Which one?\",\"replyTo\":\"7\",\"options\":" + OPTIONS_JSON
                                + ",\"lang\":\"en\"}"),
                Arguments.of(Reply.fallback("Sorry, I can't answer that.", OPTIONS, "es"),
                        "{\"type\":\"fallback\",\"text\":\"Sorry, I can't answer that.\",\"suggestions\":" + OPTIONS_JSON
                                + ",\"lang\":\"es\"}"),
                Arguments.of(Reply.crisis("self-harm", "You matter.", List.of(LIFELINE, TEXT_LINE), null, "en").replyingTo("c-2"),
                        "{\"type\":\"crisis\",\"text\":\"You matter.\",\"replyTo\":\"c-2\",\"category\":\"self-harm\","
                                + "\"resources\":[" + LIFELINE_JSON + "," + TEXT_LINE_JSON + "],\"lang\":\"en\"}"),
                Arguments.of(Reply.crisis("medical-emergency", "Call 911.", List.of(LIFELINE), answer(), "en"),
                        "{\"type\":\"crisis\",\"text\":\"Call 911.\",\"category\":\"medical-emergency\",\"resources\":["
                                + LIFELINE_JSON + "],\"answer\":" + ANSWER_JSON + ",\"lang\":\"en\"}"),
                Arguments.of(Reply.error(ErrorCode.TOO_LONG).replyingTo("x"),
                        "{\"type\":\"error\",\"text\":\"That message is too long. Please ask one short question at a time.\","
                                + "\"replyTo\":\"x\",\"code\":\"too-long\",\"lang\":\"en\"}"),
                Arguments.of(Reply.rateLimited(12),
                        "{\"type\":\"error\",\"text\":\"You're sending messages faster than I can answer. Please wait a moment "
                                + "and try again.\",\"code\":\"rate-limited\",\"retryAfterSeconds\":12,\"lang\":\"en\"}"));
    }

    @ParameterizedTest
    @MethodSource("replies")
    void everyReplyIsWrittenExactlyAsTheProtocolSays(Reply reply, String json) {
        assertThat(mapper.writeValueAsString(reply)).isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("replies")
    void everyReplyReadsBackAsTheSameReply(Reply reply, String json) {
        Reply read = mapper.readValue(json, Reply.class);

        assertThat(read).isEqualTo(reply).isExactlyInstanceOf(reply.getClass());
        assertThat(mapper.writeValueAsString(read)).isEqualTo(json);
    }

    @Test
    void everyTypeOfReplyIsCovered() {
        assertThat(replies().<Class<?>>map(arguments -> arguments.get()[0].getClass()).distinct())
                .containsExactlyInAnyOrder(Reply.class.getPermittedSubclasses());
    }
}
