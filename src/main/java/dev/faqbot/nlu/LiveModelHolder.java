package dev.faqbot.nlu;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes the live model to every session. A reload trains a new model off to the side and
 * swaps it in with one atomic write, so no message ever sees half of a model.
 */
public final class LiveModelHolder {

    private final AtomicReference<LiveModel> current;

    public LiveModelHolder(LiveModel initial) {
        this.current = new AtomicReference<>(initial);
    }

    public LiveModel get() {
        return current.get();
    }

    public void swap(LiveModel next) {
        current.set(next);
    }
}
