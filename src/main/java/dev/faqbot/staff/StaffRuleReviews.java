package dev.faqbot.staff;

import dev.faqbot.content.IntentWarnings;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.DisposableBean;

/**
 * {@code validate}'s review of the staff's crisis rules against every ordinary message (its slowest warning: seconds
 * on the shipped content), made once per loaded catalogue in the background and kept until the next reload.
 */
final class StaffRuleReviews implements DisposableBean {

    private final IntentWarnings warnings;
    private final OncePerContent<List<IntentProblem>> reviews = new OncePerContent<>("staff-rule-review");

    StaffRuleReviews(IntentWarnings warnings) {
        this.warnings = warnings;
    }

    /** The review for this catalogue (started now if it is a newly loaded one). */
    CompletableFuture<List<IntentProblem>> of(IntentCatalog catalog, Path dir) {
        // a reload of the same files gets a new load time: the crisis phrases file may have changed with it
        return reviews.of(List.of(catalog.contentHash(), catalog.loadedAt()), () -> warnings.staffRules(catalog, dir));
    }

    @Override
    public void destroy() {
        reviews.close();
    }
}
