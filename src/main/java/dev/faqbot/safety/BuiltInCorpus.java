package dev.faqbot.safety;

import java.util.List;

/**
 * The crisis screen's built-in corpus (crisis and ordinary messages written the way visitors type), for other features
 * that learn from its wording: the visitor-language check reads which words are far commoner in one language.
 */
public final class BuiltInCorpus {

    private BuiltInCorpus() {
    }

    /** The English messages, as written. */
    public static List<String> english() {
        return CrisisCorpus.messages("en");
    }

    /** The Spanish messages, as written. */
    public static List<String> spanish() {
        return CrisisCorpus.messages("es");
    }
}
