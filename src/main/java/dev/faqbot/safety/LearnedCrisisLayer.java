package dev.faqbot.safety;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.faqbot.semantic.SentenceEmbedder;
import dev.faqbot.semantic.VectorMaxent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The learned layer of the crisis screen: an OpenNLP maximum-entropy model over the message's sentence embedding
 * (its meaning) and its words, trained on a curated corpus of crisis and ordinary messages. A long message is read window by window (its last sentence counts as much as its
 * first), and the message is read again together with the conversation's last turns, so a harmless-looking reply
 * that completes a plan escalates. It may only add escalations; the floor decides first. The readings of
 * recent texts are kept, up to {@value #RECENT_CHARACTERS} characters in all, so a repeated question or an earlier turn
 * read again costs no model evaluation. Thread-safe.
 */
public final class LearnedCrisisLayer {

    /** Earlier turns read together with the newest one. */
    static final int CONTEXT_TURNS = 2;

    /** Words of a joined reading kept (its end: the newest turn and what came just before it). */
    private static final int JOINED_WORDS = 60;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Sentences shorter than this are not read on their own. */
    static final int MIN_SENTENCE_WORDS = 3;

    /**
     * The probability a sentence read on its own needs. Higher than the whole message's: a sentence out of its message
     * loses what made it ordinary ("that winter i wanted to disappear. it's been years. do you take aetna?"). Chosen on a development
     * set of crisis remarks tacked onto FAQ questions and FAQ questions with heavy ordinary context (120 and 150 per
     * language, December 2026): at the layer's own 0.4 it caught 12 more of the 240 crisis messages and flagged 34 more
     * of the 300 ordinary ones; at 0.9, with the corpus's round 10, 3 more crisis messages (all English) and 4 more
     * ordinary ones, and 2 more of 160 crisis-sounding and off-topic messages of a second set.
     */
    static final double SENTENCE_THRESHOLD = 0.9;

    /** At most this many sentences of one message are read on their own, half from each end (each costs an embedding). */
    static final int MAX_SENTENCES = 6;

    /** How much more crisis-like the joined reading must be than the earlier turns alone. */
    static final double CONTEXT_MARGIN = 0.1;

    /**
     * The joined reading costs a second embedding of a longer text (about half of a new message's CPU), so it is only
     * made when the newest message or an earlier turn read alone has at least this probability of crisis. Chosen on
     * 1,714 turns of the corpus's own conversations and a development set (none of the 72 joined readings that
     * escalated had both below 0.07). On the fresh sets measured since, the gate cost no crisis conversation: of 73, the
     * two missed had their joined reading made, and the model read it as ordinary. About three quarters of ordinary visitor questions read alone are below 0.01 (1,243 of
     * 1,677 questions of the development sets, with the scale of 5; 55% with the earlier scale of 10).
     */
    static final double CONTEXT_READ_FROM = 0.01;

    /**
     * Multiplies every embedding value before the model sees it (unit vectors have small components), which sets how
     * much the meaning weighs against the words. 5 rather than 10 since 6 December 2026: measured on four development
     * sets (885 crisis and 2,778 ordinary messages, English and Spanish) with the same corpus at threshold 0.4, crisis
     * caught 443 to 444 (English) and 414 to 417 (Spanish), ordinary messages flagged 63 to 36 and 78 to 46; 20 was
     * worse on both, 3 about the same as 5.
     */
    static final float SCALE = 5f;

    /**
     * A message of at most this many words, read alone, escalates only from {@link #SHORT_MESSAGE_THRESHOLD}: the
     * model reads short turns ("i have a 2pm tomorrow", "ya me voy, cuidense") least surely, and short crisis messages
     * almost always carry words the floor knows. On four development sets (885 crisis and 2,778 ordinary messages,
     * English and Spanish) this kept every crisis message and removed 7 of 65 false alarms. The conversation's joined
     * reading keeps the usual threshold, so a short reply that completes a plan still escalates.
     */
    static final int SHORT_MESSAGE_WORDS = 6;

    /** The probability a short message read alone needs (see {@link #SHORT_MESSAGE_WORDS}). */
    static final double SHORT_MESSAGE_THRESHOLD = 0.8;

    /** Characters of recent texts (messages, sentences, joined readings) whose reading is kept; a retrained layer starts afresh. */
    static final long RECENT_CHARACTERS = 2_000_000;

    private final VectorMaxent model;
    private final SentenceEmbedder embedder;
    private final double threshold;
    private final Cache<String, Judgement> recent = Caffeine.newBuilder().maximumWeight(RECENT_CHARACTERS)
            .<String, Judgement>weigher((text, judgement) -> text.length() + 1).build();

    /** A judgement: the likeliest crisis category and the probability that the text is crisis at all. */
    record Judgement(CrisisCategory category, double probability, boolean fromContext) {
    }

    LearnedCrisisLayer(VectorMaxent model, SentenceEmbedder embedder, double threshold) {
        this.model = Objects.requireNonNull(model, "model must not be null");
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
        this.threshold = threshold;
    }

    /** @return a judgement when the message, alone or with the conversation's last turns, reads as crisis */
    Optional<Judgement> judge(String message, List<String> earlier) {
        Judgement alone = null;
        for (String window : SentenceEmbedder.windowTexts(message)) {
            alone = better(alone, score(window, false));
        }
        Judgement escalation = alone != null && alone.probability() >= aloneThreshold(message) ? alone : null;
        for (String sentence : sentencesReadAlone(message)) {
            Judgement read = score(sentence, false);
            if (read.probability() >= SENTENCE_THRESHOLD) {
                escalation = better(escalation, read);
            }
        }
        if (earlier != null && !earlier.isEmpty()) {
            Judgement together = inContext(message, earlier, alone == null ? 0 : alone.probability());
            if (together != null && together.probability() >= threshold) {
                escalation = better(escalation, together);
            }
        }
        return Optional.ofNullable(escalation);
    }

    /**
     * The sentences of a message that are read on their own as well: a crisis remark tacked onto an FAQ question ("do you
     * have saturday slots? after that i won't be needing anything from anyone") is diluted when the two are
     * read as one text. Sentences of fewer than {@value #MIN_SENTENCE_WORDS} words are left to the whole reading, and
     * none is read alone unless two or more are long enough.
     */
    static List<String> sentencesReadAlone(String message) {
        List<String> read = new ArrayList<>();
        for (String sentence : SentenceEmbedder.sentences(message)) {
            if (SPACES.split(sentence).length >= MIN_SENTENCE_WORDS) {
                read.add(sentence);
            }
        }
        if (read.size() < 2) {
            return List.of(); // the whole reading is that sentence already, give or take a greeting
        }
        if (read.size() <= MAX_SENTENCES) {
            return read;
        }
        // a remark is tacked on at either end of a long message: its first and last sentences are read
        List<String> ends = new ArrayList<>(read.subList(0, MAX_SENTENCES / 2));
        ends.addAll(read.subList(read.size() - MAX_SENTENCES / 2, read.size()));
        return ends;
    }

    /** The probability the message read alone needs: higher when it is short (see {@link #SHORT_MESSAGE_WORDS}). */
    private double aloneThreshold(String message) {
        boolean isShort = SPACES.split(message.strip()).length <= SHORT_MESSAGE_WORDS;
        return isShort ? Math.max(threshold, SHORT_MESSAGE_THRESHOLD) : threshold;
    }

    /**
     * The newest message read together with the last turns before it, when that reading adds crisis meaning the earlier
     * turns alone do not have (a reading that only echoes an earlier turn does not count); null otherwise, and without
     * reading them together when neither the newest message ({@code alone}) nor an earlier turn hints at crisis at all.
     */
    private Judgement inContext(String message, List<String> earlier, double alone) {
        // a question asked again adds nothing to read together with it (and repeated text reads oddly to the model)
        String newest = SentenceEmbedder.key(message);
        List<String> recent = earlier.subList(Math.max(0, earlier.size() - CONTEXT_TURNS), earlier.size()).stream()
                .map(SentenceEmbedder::key).distinct().filter(turn -> !turn.equals(newest)).toList();
        if (recent.isEmpty()) {
            return null;
        }
        double before = 0;
        for (String turn : recent) {
            before = Math.max(before, score(turn, false).probability());
        }
        if (Math.max(alone, before) < CONTEXT_READ_FROM) {
            return null;
        }
        Judgement together = score(joined(recent, message), true);
        return together.probability() >= before + CONTEXT_MARGIN ? together : null;
    }

    /** The crisis probability of one text read as one window (its embedding and its words). */
    Judgement score(String text, boolean fromContext) {
        Judgement read = recent.get(text, this::scoreAfresh);
        return fromContext ? new Judgement(read.category(), read.probability(), true) : read;
    }

    private Judgement scoreAfresh(String text) {
        double[] p = model.probabilities(embedder.embed(text), wordFeatures(text), SCALE);
        double none = 0;
        CrisisCategory category = CrisisCategory.SELF_HARM;
        double top = -1;
        for (int i = 0; i < p.length; i++) {
            String label = model.label(i);
            if (CrisisCorpus.NONE.equals(label)) {
                none = p[i];
            } else if (p[i] > top) {
                top = p[i];
                category = CrisisCategory.fromId(label).orElse(CrisisCategory.SELF_HARM);
            }
        }
        return new Judgement(category, 1 - none, false);
    }

    /** Earlier turns and the newest joined as one text, keeping its last {@value #JOINED_WORDS} words. */
    static String joined(List<String> earlier, String message) {
        StringBuilder all = new StringBuilder();
        for (String turn : earlier) {
            all.append(turn.strip()).append(" . ");
        }
        all.append(message.strip());
        String[] words = SPACES.split(all.toString());
        int from = Math.max(0, words.length - JOINED_WORDS);
        StringBuilder kept = new StringBuilder();
        for (int i = from; i < words.length; i++) {
            // a run of characters without spaces is cut, so the reading stays within the model's token limit
            kept.append(i == from ? "" : " ").append(words[i], 0, Math.min(words[i].length(), 24));
        }
        return kept.toString();
    }

    /**
     * Word unigrams and bigrams of a text, folded as the floor folds characters ({@link CharacterFolder}): sparse
     * features beside the embedding, each present or not (a word said three times does not weigh three times).
     */
    static List<String> wordFeatures(String text) {
        String folded = CharacterFolder.mapCharacters(text).strip();
        if (folded.isEmpty()) {
            return List.of();
        }
        String[] words = SPACES.split(folded);
        Set<String> features = new LinkedHashSet<>(words.length * 2);
        for (int i = 0; i < words.length; i++) {
            features.add("w=" + words[i]);
            if (i > 0) {
                features.add("b=" + words[i - 1] + "_" + words[i]);
            }
        }
        return List.copyOf(features);
    }

    private static Judgement better(Judgement a, Judgement b) {
        return a == null || b != null && b.probability() > a.probability() ? b : a;
    }
}
