package dev.faqbot.nlu;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the intent classifier is trained and when its verdict is trusted ({@code faqbot.classifier.*}).
 * The defaults were chosen by cross-validation over the shipped intents ({@code evaluate} command).
 *
 * @param threshold the best intent's probability needed to answer
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
        @DefaultValue("0.12") double clarifyMargin,
        @DefaultValue("1") int cutoff,
        @DefaultValue("60") int iterations,
        @DefaultValue("0.3") double l2Cost,
        @DefaultValue("data/model-cache") String cacheDir) {
}
