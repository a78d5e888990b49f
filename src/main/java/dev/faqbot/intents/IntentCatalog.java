package dev.faqbot.intents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated, immutable set of intents with answers already filled from the clinic settings,
 * plus the out-of-scope examples that teach the classifier what not to answer.
 *
 * @param contentHash SHA-256 over every file that went into this catalogue
 */
public record IntentCatalog(Map<String, Intent> intents, List<String> outOfScopeExamples, String contentHash, Instant loadedAt) {

    public IntentCatalog {
        intents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(intents));
        outOfScopeExamples = List.copyOf(outOfScopeExamples);
    }

    public Optional<Intent> find(String id) {
        return Optional.ofNullable(intents.get(id));
    }

    public List<Intent> all() {
        return List.copyOf(intents.values());
    }

    /** Every message the catalogue says is not crisis: intent examples and titles (all languages), out-of-scope examples. */
    public List<String> ordinaryExamples() {
        List<String> ordinary = new ArrayList<>(outOfScopeExamples);
        for (Intent intent : all()) {
            ordinary.addAll(intent.allExamples());
            ordinary.add(intent.title());
        }
        return ordinary;
    }
}
