package dev.faqbot.chat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last few visitor messages of one conversation, kept in memory only, so the crisis screen can
 * read them together ("I've been saving my pills" ... "tonight"). Never logged, never stored.
 */
public final class Conversation {

    static final int REMEMBERED = 4;
    private static final int MAX_CHARS_PER_MESSAGE = 2_000;

    private final Deque<String> recent = new ArrayDeque<>(REMEMBERED);

    /** The remembered messages, oldest first. */
    public synchronized List<String> recent() {
        return List.copyOf(recent);
    }

    public synchronized void remember(String message) {
        if (recent.size() == REMEMBERED) {
            recent.removeFirst();
        }
        recent.addLast(message.length() > MAX_CHARS_PER_MESSAGE ? message.substring(0, MAX_CHARS_PER_MESSAGE) : message);
    }
}
