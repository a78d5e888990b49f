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

    /**
     * A screen whose rules are still loading: the first load puts them live with {@link #swap} before the server
     * starts; anything screened before that goes through the built-in floor.
     */
    public LiveCrisisScreen() {
        this.current = new AtomicReference<>();
    }

    @Override
    public Optional<CrisisVerdict> screen(String message, List<String> earlier) {
        CrisisScreen live = current.get();
        if (live == null) {
            return floor().screen(message, earlier);
        }
        try {
            return live.screen(message, earlier);
        } catch (RuntimeException | StackOverflowError e) {
            // a staff pattern that backtracks too deep must not cost the visitor the screen
            ScreeningFallbacks.record();
            log.error("Crisis rules failed ({}); screened with the built-in floor", e.getClass().getName());
            return floor().screen(message, earlier);
        }
    }

    @Override
    public String learnedReading(String message) {
        CrisisScreen live = current.get();
        return live == null ? message : live.learnedReading(message);
    }

    /** The built-in floor alone (its rules are built on first need: see {@link CrisisRules#builtIn()}). */
    private static CrisisScreen floor() {
        return new PhraseCrisisScreen(CrisisRules.builtIn());
    }

    /** Puts newly loaded rules live. */
    public void swap(CrisisScreen next) {
        current.set(next);
    }
}
