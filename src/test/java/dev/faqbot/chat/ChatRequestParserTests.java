package dev.faqbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatRequestParserTests {

    private final ChatRequestParser parser = new ChatRequestParser(8, 16);

    @Test
    void readsTextIdAndConversation() {
        ChatRequestParser.Parsed parsed = parser.parse("{\"type\":\"ask\",\"text\":\"hi\",\"id\":\"c-1\",\"conversationId\":\"x\",\"extra\":1}");

        assertThat(parsed.request()).isEqualTo(new ChatRequest("hi", null, "c-1", "x"));
    }

    @Test
    void typeDefaultsToAskAndNumericIdsAreEchoedAsText() {
        assertThat(parser.parse("{\"intent\":\"greeting\",\"id\":7}").request()).isEqualTo(new ChatRequest(null, "greeting", "7", null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json|invalid-json",
            "[1,2]|invalid-json",
            "\"text\"|invalid-json",
            "|invalid-json",
            "{\"text\":42}|invalid-message",
            "{\"text\":{\"a\":1}}|invalid-message",
            "{\"intent\":[\"x\"]}|invalid-message",
            "{\"type\":\"subscribe\",\"text\":\"x\"}|unsupported-type",
            "{\"type\":5,\"text\":\"x\"}|invalid-message",
            "{}|empty",
            "{\"intent\":\"  \"}|empty",
            "{\"text\":\"x\",\"a\":[[[[[[[[[[1]]]]]]]]]]}|invalid-json",
            "{\"text\":\"x\",\"a\":1,\"b\":1,\"c\":1,\"d\":1,\"e\":1,\"f\":1,\"g\":1,\"h\":1,\"i\":1,\"j\":1,\"k\":1,\"l\":1,\"m\":1,\"n\":1,\"o\":1,\"p\":1}|invalid-message"})
    void rejectsBadInputWithACode(String json, String code) {
        ChatRequestParser.Parsed parsed = parser.parse(json == null ? "" : json);

        assertThat(parsed.request()).isNull();
        assertThat(parsed.error().id()).isEqualTo(code);
    }

    @Test
    void keepsTheIdOfAnInvalidMessageForReplyTo() {
        assertThat(parser.parse("{\"id\":\"c-9\",\"text\":false}").id()).isEqualTo("c-9");
    }
}
