package dev.faqbot.nlu;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the intent classifier is trained and when its verdict is trusted ({@code faqbot.classifier.*}).
 * The defaults were chosen by cross-validation over the shipped intents ({@code evaluate} command).
 *
 * @param threshold the best intent's probability needed to answer an English message
 * @param thresholdEs the same for a Spanish message: lower, since the meaning model's sentence embedding is
 *                    English-only and spreads a Spanish message's probability over more intents (on the development
 *                    sets, 5,000 messages: 0.45 answered 1.5% more Spanish questions right for 0.3% more wrong)
 * @param clarifyMargin when the top two intents are closer than this, ask which one was meant
 * @param cutoff minimum times a feature must occur in training to be kept
 * @param iterations training iterations (quasi-Newton maximum entropy)
 * @param l2Cost L2 regularisation of the maximum entropy model
 * @param cacheDir where trained models are kept, keyed by their training content, so a restart with
 *                 unchanged intents skips training; empty to always train
 */
@ConfigurationProperties("faqbot.classifier")
public record ClassifierProperties(
        @DefaultValue("0.55") double threshold,
        @DefaultValue("0.45") double thresholdEs,
        @DefaultValue("0.12") double clarifyMargin,
        @DefaultValue("1") int cutoff,
        @DefaultValue("60") int iterations,
        @DefaultValue("0.3") double l2Cost,
        @DefaultValue("data/model-cache") String cacheDir) {

    /** The answer threshold for a message in {@code lang} ("es" for Spanish; anything else, or null, English). */
    public double thresholdFor(String lang) {
        return "es".equals(lang) ? thresholdEs : threshold;
    }
}
