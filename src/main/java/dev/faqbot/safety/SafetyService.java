package dev.faqbot.safety;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door of crisis screening: every message, with its conversation's last turns, is assessed here first.
 * The deterministic floor (built-in and staff rules) decides first and cannot be overridden; when it finds nothing,
 * the learned layer judges meaning and context and may add an escalation (reading the message without the ordinary
 * idioms on which the floor found its only crisis wording). A layer that fails leaves the floor's
 * answer standing. No setting turns either off. Never logs what the visitor wrote.
 */
public final class SafetyService {

    private static final Logger log = LoggerFactory.getLogger(SafetyService.class);

    private final CrisisScreen floor;
    private final AtomicReference<LearnedCrisisLayer> learned = new AtomicReference<>();
    private final int maxLearnedChars;

    /**
     * @param floor           the deterministic screen (its rules swapped on reload)
     * @param maxLearnedChars the learned layer reads at most this many characters of a message (the floor reads all)
     */
    public SafetyService(CrisisScreen floor, int maxLearnedChars) {
        this.floor = floor;
        this.maxLearnedChars = maxLearnedChars;
    }

    /** @return the verdict when the message, alone or with the earlier turns, is crisis-like */
    public Optional<CrisisVerdict> assess(String message, List<String> earlier) {
        String text = message == null ? "" : message;
        Optional<CrisisVerdict> verdict = floor.screen(text, earlier);
        if (verdict.isPresent() || text.isBlank()) {
            return verdict;
        }
        LearnedCrisisLayer layer = learned.get();
        if (layer == null) {
            return Optional.empty();
        }
        try {
            // the floor's idioms ("dying to know") are cut out of what the layer reads when they held the only crisis wording
            String reading = Objects.requireNonNullElse(floor.learnedReading(text), text);
            String read = reading.length() > maxLearnedChars ? reading.substring(0, maxLearnedChars) : reading;
            return layer.judge(read, earlier == null ? List.of() : earlier).map(j -> new CrisisVerdict(j.category(),
                    (j.fromContext() ? "learned-context:" : "learned:") + Math.round(j.probability() * 100) / 100.0,
                    false, j.fromContext() ? CrisisVerdict.Layer.LEARNED_CONTEXT : CrisisVerdict.Layer.LEARNED, j.probability()));
        } catch (RuntimeException | LinkageError e) {
            log.error("Learned crisis layer failed ({}); the floor's verdict stands", e.getClass().getName());
            return Optional.empty();
        }
    }

    /** Puts a newly trained learned layer live. */
    public void swapLearned(LearnedCrisisLayer next) {
        learned.set(next);
    }

    /** Whether the learned layer is live (it is from the first load on). */
    public boolean learnedLayerLive() {
        return learned.get() != null;
    }
}
