package dev.faqbot.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.faqbot.safety.CrisisResource;
import java.util.List;
import java.util.Objects;

/**
 * One server-to-client object of protocol.md. Every reply has {@code type} and {@code text};
 * the other fields belong to particular types and are left out of the JSON when null. {@code lang} is the language
 * of the reply's text ("en" or "es").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reply(
        String type,
        String text,
        String replyTo,
        Integer v,
        String disclaimer,
        List<Option> suggestions,
        String intent,
        Double confidence,
        List<Option> followUps,
        List<Option> options,
        String category,
        List<CrisisResource> resources,
        Reply answer,
        String code,
        Integer retryAfterSeconds,
        String lang,
        List<Action> actions) {

    public static final int PROTOCOL_VERSION = 1;
    private static final String ENGLISH = "en";

    public Reply {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(text, "text must not be null");
    }

    public static Reply welcome(String text, String disclaimer, List<Option> suggestions, String lang) {
        return new Reply("welcome", text, null, PROTOCOL_VERSION, disclaimer, suggestions, null, null, null, null, null, null,
                null, null, null, lang, null);
    }

    public static Reply answer(String intent, String text, double confidence, List<Option> followUps,
                               List<CrisisResource> resources, List<Action> actions, String lang) {
        return new Reply("answer", text, null, null, null, null, intent, confidence, followUps, null, null,
                resources.isEmpty() ? null : resources, null, null, null, lang, actions.isEmpty() ? null : actions);
    }

    public static Reply clarify(String text, List<Option> options, String lang) {
        return new Reply("clarify", text, null, null, null, null, null, null, null, options, null, null, null, null, null, lang, null);
    }

    public static Reply fallback(String text, List<Option> suggestions, String lang) {
        return new Reply("fallback", text, null, null, null, suggestions, null, null, null, null, null, null, null, null, null, lang,
                null);
    }

    public static Reply crisis(String category, String text, List<CrisisResource> resources, Reply answer, String lang) {
        return new Reply("crisis", text, null, null, null, null, null, null, null, null, category, resources, answer, null, null, lang, null);
    }

    /** An error; its text is English. */
    public static Reply error(ErrorCode code) {
        return new Reply("error", code.message(), null, null, null, null, null, null, null, null, null, null, null, code.id(),
                null, ENGLISH, null);
    }

    public static Reply rateLimited(int retryAfterSeconds) {
        return new Reply("error", ErrorCode.RATE_LIMITED.message(), null, null, null, null, null, null, null, null, null, null,
                null, ErrorCode.RATE_LIMITED.id(), retryAfterSeconds, ENGLISH, null);
    }

    /** The same reply answering the client message with this id (null leaves it unset). */
    public Reply replyingTo(String id) {
        return new Reply(type, text, id, v, disclaimer, suggestions, intent, confidence, followUps, options, category,
                resources, answer, code, retryAfterSeconds, lang, actions);
    }
}
