package dev.faqbot.chat;

/** The {@code code} values of {@code error} replies, each with the text the visitor sees. */
enum ErrorCode {
    INVALID_JSON("invalid-json", "Sorry, that message could not be read. Please send it again."),
    INVALID_MESSAGE("invalid-message", "Sorry, that message had an unexpected form. Please type your question again."),
    UNSUPPORTED_TYPE("unsupported-type", "Sorry, that kind of message is not supported. Please type your question."),
    EMPTY("empty", "Please type a question."),
    TOO_LONG("too-long", "That message is too long. Please ask one short question at a time."),
    UNKNOWN_INTENT("unknown-intent", "Sorry, that suggestion is no longer available. Please type your question."),
    BINARY("binary-not-supported", "Please send your question as text."),
    RATE_LIMITED("rate-limited", "You're sending messages faster than I can answer. Please wait a moment and try again."),
    INTERNAL("internal", "Sorry, something went wrong on our side. Please try again.");

    private final String id;
    private final String message;

    ErrorCode(String id, String message) {
        this.id = id;
        this.message = message;
    }

    public String id() {
        return id;
    }

    public String message() {
        return message;
    }
}
