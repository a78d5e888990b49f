package dev.faqbot.safety;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the messages crisis screening read by a fallback because one of its steps failed: the normaliser's plain
 * lower-casing, the phrase screen's plain scan (or its screen-error verdict, a crisis card nobody meant) or the
 * built-in floor instead of the live rules. A fallback still screens, but less well, so the count is published as
 * {@code faqbot.crisis.screen.fallbacks} and should stay at zero; the never-throws tests hold it there.
 */
final class ScreeningFallbacks {

    private static final AtomicLong COUNT = new AtomicLong();

    private ScreeningFallbacks() {
    }

    static void record() {
        COUNT.incrementAndGet();
    }

    /** Fallbacks since the class was loaded. */
    static long count() {
        return COUNT.get();
    }
}
