package dev.faqbot.chat;

import dev.faqbot.system.LimitsProperties;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a client message as protocol.md defines it, tolerating unknown fields and rejecting wrong
 * types with an {@link ErrorCode}. Never echoes the message text into an exception or a log.
 */
@Component
final class ChatRequestParser {

    /** The outcome: a request, or the error to answer with (and the id to answer to, when readable). */
    public record Parsed(ChatRequest request, ErrorCode error, String id) {
    }

    private final JsonMapper mapper;
    private final int maxFields;

    @Autowired
    public ChatRequestParser(LimitsProperties limits) {
        this(limits.maxJsonDepth(), limits.maxJsonFields());
    }

    /** A parser that refuses JSON nested deeper than {@code maxDepth} or with more than {@code maxFields} fields. */
    public ChatRequestParser(int maxDepth, int maxFields) {
        this.mapper = JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build()).build()).build();
        this.maxFields = maxFields;
    }

    public Parsed parse(String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            return new Parsed(null, ErrorCode.INVALID_JSON, null);
        }
        if (root == null || !root.isObject()) {
            return new Parsed(null, ErrorCode.INVALID_JSON, null);
        }
        if (root.size() > maxFields) {
            return new Parsed(null, ErrorCode.INVALID_MESSAGE, null);
        }
        JsonNode idNode = root.get("id");
        String id = idNode != null && (idNode.isString() || idNode.isNumber()) ? idNode.asString() : null;
        JsonNode type = root.get("type");
        if (type != null && !type.isNull() && !(type.isString() && "ask".equals(type.asString()))) {
            return new Parsed(null, type.isString() ? ErrorCode.UNSUPPORTED_TYPE : ErrorCode.INVALID_MESSAGE, id);
        }
        JsonNode text = root.get("text");
        JsonNode intent = root.get("intent");
        JsonNode conversation = root.get("conversationId");
        JsonNode lang = root.get("lang");
        if (!isOptionalString(text) || !isOptionalString(intent) || !isOptionalString(conversation) || !isOptionalString(lang)
                || idNode != null && !idNode.isNull() && id == null) {
            return new Parsed(null, ErrorCode.INVALID_MESSAGE, id);
        }
        String textValue = text == null || text.isNull() ? null : text.asString();
        String intentValue = intent == null || intent.isNull() ? null : intent.asString().strip();
        if (textValue == null && (intentValue == null || intentValue.isEmpty())) {
            return new Parsed(null, ErrorCode.EMPTY, id);
        }
        String conversationId = conversation == null || conversation.isNull() ? null : conversation.asString();
        String langValue = lang == null || lang.isNull() ? null : lang.asString().strip().toLowerCase(Locale.ROOT);
        return new Parsed(new ChatRequest(textValue, intentValue, id, conversationId, langValue), null, id);
    }

    private static boolean isOptionalString(JsonNode node) {
        return node == null || node.isNull() || node.isString();
    }
}
