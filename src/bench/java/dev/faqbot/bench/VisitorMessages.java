package dev.faqbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Realistic visitor messages shared by the benchmarks: ordinary questions, one crisis message, one at the size limit. */
final class VisitorMessages {

    /** Typical questions a visitor types into the widget, short to long. */
    static final List<String> QUESTIONS = List.of(
            "how long does it last?",
            "how much does it cost",
            "is it covered by insurance",
            "what are the side effects",
            "can i drive home after my infusion",
            "is ketamine addictive",
            "how many sessions will i need",
            "does it help with ptsd",
            "how fast does it work for depression",
            "i take lexapro, can i still do ketamine?",
            "what should i eat before my appointment",
            "is this legal",
            "can i talk to a real person",
            "hi",
            "thanks!",
            "what does the infusion feel like? i'm nervous about losing control",
            "my doctor says i have treatment resistant depression, am i a candidate for this at your clinic",
            "do you treat chronic pain like fibromyalgia or crps",
            "whats the difference between spravato and iv ketamine",
            "how do i book an appointment for next week");

    /**
     * The messages of a file, one per line, for a load of many different questions: a {@code .tsv} line's last column
     * (the regression suites' {@code intent<TAB>message}); blank lines and {@code #} comments are skipped.
     */
    static List<String> readFile(Path file) throws IOException {
        List<String> messages = Files.readAllLines(file).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.substring(line.lastIndexOf('\t') + 1).strip())
                .toList();
        if (messages.isEmpty()) {
            throw new IllegalArgumentException(file + " has no messages");
        }
        return messages;
    }

    static final String SHORT = "how long does it last?";
    static final String MEDIUM = "i take lexapro, can i still do ketamine?";
    static final String LONG = "hi, my psychiatrist suggested ketamine because three antidepressants did not work for me."
            + " i am a bit worried about the dissociation and whether i can work the next day. also, does my insurance"
            + " cover any of it, and how many infusions do people usually need before they notice a difference?";
    static final String CRISIS = "honestly i dont see the point anymore, i want to end it all tonight";

    /** Earlier messages of a conversation, as the server hands them to the screen with a new message. */
    static final List<String> EARLIER = List.of("hi", "how much does it cost", "is it covered by insurance");

    /** A message of exactly {@code length} characters made of ordinary clinic questions (the server's limit is 1000). */
    static String ofLength(int length) {
        StringBuilder text = new StringBuilder(length + 100);
        for (int i = 0; text.length() < length; i++) {
            text.append(QUESTIONS.get(i % QUESTIONS.size())).append(". ");
        }
        return text.substring(0, length);
    }

    private VisitorMessages() {
    }
}
