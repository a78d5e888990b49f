package dev.faqbot.safety;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screen every message goes through first. It serves the current rules (staff file plus the
 * built-in floor), swapped atomically on reload; should those rules ever throw, the message is
 * screened again by the built-in floor alone, so no failure skips screening.
 */
public final class LiveCrisisScreen implements CrisisScreen {

    private static final Logger log = LoggerFactory.getLogger(LiveCrisisScreen.class);

    private final AtomicReference<CrisisScreen> current;
    private final CrisisScreen floor;

    public LiveCrisisScreen(CrisisScreen initial, CrisisScreen floor) {
        this.current = new AtomicReference<>(initial);
        this.floor = floor;
    }

    @Override
    public Optional<CrisisVerdict> screen(String message, List<String> earlier) {
        try {
            return current.get().screen(message, earlier);
        } catch (RuntimeException | StackOverflowError e) {
            // a staff pattern that backtracks too deep must not cost the visitor the screen
            log.error("Crisis rules failed ({}); screened with the built-in floor", e.getClass().getName());
            return floor.screen(message, earlier);
        }
    }

    /** Puts newly loaded rules live. */
    public void swap(CrisisScreen next) {
        current.set(next);
    }
}
