package dev.faqbot.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.faqbot.clinic.ClinicAction;
import dev.faqbot.safety.CrisisResource;
import java.util.List;
import java.util.Objects;

/**
 * One server-to-client object of protocol.md: a record per {@code type}, each with only its own fields. Jackson writes
 * the type first and leaves out null fields (an unset {@code replyTo}, an answer's empty {@code resources} and
 * {@code actions}). {@code lang} is the language of the reply's text ("en" or "es").
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Reply.Welcome.class, name = Reply.Welcome.TYPE),
        @JsonSubTypes.Type(value = Reply.Answer.class, name = Reply.Answer.TYPE),
        @JsonSubTypes.Type(value = Reply.Clarify.class, name = Reply.Clarify.TYPE),
        @JsonSubTypes.Type(value = Reply.Fallback.class, name = Reply.Fallback.TYPE),
        @JsonSubTypes.Type(value = Reply.Crisis.class, name = Reply.Crisis.TYPE),
        @JsonSubTypes.Type(value = Reply.Error.class, name = Reply.Error.TYPE)})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Reply {

    int PROTOCOL_VERSION = 1;

    /** The protocol's {@code type} of this reply. */
    String type();

    String text();

    /** The {@code id} of the client message this answers, or null. */
    String replyTo();

    String lang();

    /** The same reply answering the client message with this id (null leaves it unset). */
    Reply replyingTo(String id);

    /** Sent once when a WebSocket opens. */
    record Welcome(String text, String replyTo, int v, String disclaimer, List<Option> suggestions, String lang)
            implements Reply {
        static final String TYPE = "welcome";

        public Welcome {
            Objects.requireNonNull(text, "text must not be null");
            suggestions = List.copyOf(suggestions);
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Welcome replyingTo(String id) {
            return new Welcome(text, id, v, disclaimer, suggestions, lang);
        }
    }

    /** An intent's curated answer; {@code resources} and {@code actions} are left out of the JSON when empty. */
    record Answer(String text, String replyTo, String intent, double confidence, List<Option> followUps,
                  @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CrisisResource> resources, String lang,
                  @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ClinicAction> actions) implements Reply {
        static final String TYPE = "answer";

        public Answer {
            Objects.requireNonNull(text, "text must not be null");
            Objects.requireNonNull(intent, "intent must not be null");
            followUps = List.copyOf(followUps);
            resources = resources == null ? List.of() : List.copyOf(resources);
            actions = actions == null ? List.of() : List.copyOf(actions);
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Answer replyingTo(String id) {
            return new Answer(text, id, intent, confidence, followUps, resources, lang, actions);
        }
    }

    /** The top candidates are too close to call: 2-3 options to choose from. */
    record Clarify(String text, String replyTo, List<Option> options, String lang) implements Reply {
        static final String TYPE = "clarify";

        public Clarify {
            Objects.requireNonNull(text, "text must not be null");
            options = List.copyOf(options);
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Clarify replyingTo(String id) {
            return new Clarify(text, id, options, lang);
        }
    }

    /** Nothing reached the threshold (or the classifier could not run): suggestions, never a guessed answer. */
    record Fallback(String text, String replyTo, List<Option> suggestions, String lang) implements Reply {
        static final String TYPE = "fallback";

        public Fallback {
            Objects.requireNonNull(text, "text must not be null");
            suggestions = List.copyOf(suggestions);
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Fallback replyingTo(String id) {
            return new Fallback(text, id, suggestions, lang);
        }
    }

    /** The crisis card: the category, the lines in order and, for a negated phrase with a clear question, its answer. */
    record Crisis(String text, String replyTo, String category, List<CrisisResource> resources, Answer answer, String lang)
            implements Reply {
        static final String TYPE = "crisis";

        public Crisis {
            Objects.requireNonNull(text, "text must not be null");
            Objects.requireNonNull(category, "category must not be null");
            resources = List.copyOf(resources);
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Crisis replyingTo(String id) {
            return new Crisis(text, id, category, resources, answer, lang);
        }
    }

    /** Bad input or too many messages; {@code retryAfterSeconds} only when rate-limited. Its text is English. */
    record Error(String text, String replyTo, String code, Integer retryAfterSeconds, String lang) implements Reply {
        static final String TYPE = "error";

        public Error {
            Objects.requireNonNull(text, "text must not be null");
            Objects.requireNonNull(code, "code must not be null");
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Error replyingTo(String id) {
            return new Error(text, id, code, retryAfterSeconds, lang);
        }
    }

    static Welcome welcome(String text, String disclaimer, List<Option> suggestions, String lang) {
        return new Welcome(text, null, PROTOCOL_VERSION, disclaimer, suggestions, lang);
    }

    static Answer answer(String intent, String text, double confidence, List<Option> followUps,
                         List<CrisisResource> resources, String lang) {
        return answer(intent, text, confidence, followUps, resources, lang, List.of());
    }

    static Answer answer(String intent, String text, double confidence, List<Option> followUps,
                         List<CrisisResource> resources, String lang, List<ClinicAction> actions) {
        return new Answer(text, null, intent, confidence, followUps, resources, lang, actions);
    }

    static Clarify clarify(String text, List<Option> options, String lang) {
        return new Clarify(text, null, options, lang);
    }

    static Fallback fallback(String text, List<Option> suggestions, String lang) {
        return new Fallback(text, null, suggestions, lang);
    }

    static Crisis crisis(String category, String text, List<CrisisResource> resources, Answer answer, String lang) {
        return new Crisis(text, null, category, resources, answer, lang);
    }

    static Error error(ErrorCode code) {
        return new Error(code.message(), null, code.id(), null, VisitorLanguage.ENGLISH);
    }

    static Error rateLimited(int retryAfterSeconds) {
        return new Error(ErrorCode.RATE_LIMITED.message(), null, ErrorCode.RATE_LIMITED.id(), retryAfterSeconds,
                VisitorLanguage.ENGLISH);
    }
}
