package dev.faqbot.safety;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deterministic crisis screen: normalises the message once, runs the floor and file rules over it, drops
 * hits that lie on an ordinary idiom ("kill the pain"), and notes whether the crisis wording was negated. When
 * the newest message alone is clear, it reads it together with the conversation's last few messages, so a plan
 * followed by "tonight", or a rope followed by "goodbye", escalates. A message's own reading (normalised text,
 * verdict alone, and the text without idioms when they held its only crisis wording) is kept for recent messages, up to {@value #RECENT_CHARACTERS} characters in all (a frame may be 8 KB),
 * so a repeated question, or an earlier turn read again as context, is not scanned twice by the same rules. Never throws; safe for concurrent use.
 */
public final class PhraseCrisisScreen implements CrisisScreen {

    private static final Logger log = LoggerFactory.getLogger(PhraseCrisisScreen.class);

    /** Category order when one message hits several: the one whose resources cover the most comes first. */
    private static final CrisisCategory[] PRIORITY = CrisisRules.PRIORITY;

    private static final int CONTEXT_MESSAGES = 4;

    /** Words of the earlier message read together with the new one. */
    private static final int JOINED_TAIL_WORDS = 12;

    /** Characters of recent messages whose own reading is kept (a screen lives as long as its rules: a reload starts afresh). */
    static final long RECENT_CHARACTERS = 2_000_000;

    private final CrisisRules rules;
    private final Cache<String, Reading> recent = Caffeine.newBuilder().maximumWeight(RECENT_CHARACTERS)
            .<String, Reading>weigher((message, reading) -> message.length() + reading.characters() + 1).build();

    /**
     * One message read alone: its normalised text, the rules' verdict on it (null when clear) and, when it is clear only
     * because its crisis wording lay on idioms, its normalised text with the floor's idioms cut out (else null).
     */
    private record Reading(String normalised, CrisisVerdict alone, String idiomsCut) {

        /** The characters this reading holds beside its message. */
        int characters() {
            return normalised.length() + (idiomsCut == null ? 0 : idiomsCut.length());
        }
    }

    public PhraseCrisisScreen(CrisisRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules must not be null");
    }

    @Override
    public Optional<CrisisVerdict> screen(String message, List<String> earlier) {
        try {
            return Optional.ofNullable(screenOrNull(message == null ? "" : message, earlier));
        } catch (RuntimeException | StackOverflowError e) {
            ScreeningFallbacks.record();
            log.error("Crisis screening failed ({}); screened again with plain lower-casing", e.getClass().getName());
            return Optional.ofNullable(fallback(message));
        }
    }

    private CrisisVerdict screenOrNull(String message, List<String> earlier) {
        Reading current = read(message);
        if (current.alone() != null) {
            return current.alone();
        }
        String now = current.normalised();
        if (earlier == null || earlier.isEmpty()) {
            return null;
        }
        int from = Math.max(0, earlier.size() - CONTEXT_MESSAGES);
        List<String> previous = earlier.subList(from, earlier.size());
        Reading lastMessage = read(valueOf(previous.get(previous.size() - 1)));
        String last = tail(lastMessage.normalised(), JOINED_TAIL_WORDS);
        if (!last.isEmpty() && !now.isEmpty()) {
            // a sentence split over two messages ("i just want to" / "disappear forever"): the new message alone was
            // clear, so only hits that start in the end of the earlier message and reach into the new one count
            int joint = last.length() + 1;
            CrisisVerdict joined = scan(new ScanText(last + " " + now), joint, joint);
            if (joined != null) {
                return new CrisisVerdict(joined.category(), "context:" + joined.ruleId(), joined.negated());
            }
        }
        ContextSignals newest = ContextSignals.in(new ScanText(now), rules);
        if (!newest.any()) {
            return null;
        }
        for (int i = previous.size() - 1; i >= 0; i--) {
            Reading earlierReading = i == previous.size() - 1 ? lastMessage : read(valueOf(previous.get(i)));
            if (earlierReading.normalised().isEmpty()) {
                continue;
            }
            CrisisVerdict before = earlierReading.alone();
            ContextSignals back = ContextSignals.in(new ScanText(earlierReading.normalised()), rules);
            CrisisCategory category = null;
            String why = null;
            if (before != null && (newest.time || newest.finality || newest.concern())) {
                category = before.category();
                why = before.ruleId();
            } else if (back.means && (newest.time || newest.finality || newest.concern())) {
                category = CrisisCategory.SELF_HARM;
                why = "means";
            } else if (back.mood && (newest.finality || newest.concern())) {
                category = CrisisCategory.SELF_HARM;
                why = "mood";
            }
            if (category != null) {
                return new CrisisVerdict(category, "context:" + why + "+" + newest.describe(), false);
            }
        }
        return null;
    }

    @Override
    public String learnedReading(String message) {
        try {
            String cut = read(message == null ? "" : message).idiomsCut();
            return cut == null ? message : cut;
        } catch (RuntimeException | StackOverflowError e) {
            return message;
        }
    }

    /** A message read alone, from the recent readings when it was read before. */
    private Reading read(String message) {
        return recent.get(message, raw -> {
            String normalised = ScreeningNormalizer.normalize(raw);
            ScanText text = new ScanText(normalised);
            RuleHits hits = hits(text, 0, Integer.MAX_VALUE);
            CrisisVerdict alone = verdict(hits, normalised, 0);
            return new Reading(normalised, alone, alone == null ? idiomsCut(hits, normalised) : null);
        });
    }

    /**
     * The normalised text with the floor's idioms cut out when a crisis hit lay on one of them, else null (a hit guarded
     * only by a staff idiom leaves nothing to cut).
     */
    private static String idiomsCut(RuleHits hits, String normalised) {
        if (hits == null || !hits.anyOnIdiom()) {
            return null;
        }
        String cut = hits.withoutIdioms().strip();
        return cut.equals(normalised) ? null : cut;
    }

    /** Characters held by the recent readings (their messages and normalised texts). */
    long recentCharacters() {
        recent.cleanUp();
        return recent.asMap().entrySet().stream().mapToLong(e -> e.getKey().length() + e.getValue().characters()).sum();
    }

    /** The last {@code words} words of a normalised text. */
    private static String tail(String normalised, int words) {
        int cut = normalised.length();
        for (int k = 0; k < words; k++) {
            cut = normalised.lastIndexOf(' ', cut - 1);
            if (cut < 0) {
                return normalised;
            }
        }
        return normalised.substring(cut + 1);
    }

    private static String valueOf(String s) {
        return s == null ? "" : s;
    }

    /** The verdict of the rules on one normalised text, or null when it is clear. */
    private CrisisVerdict scan(ScanText text) {
        return scan(text, 0, Integer.MAX_VALUE);
    }

    /** The verdict of the hits that end at or after {@code minEnd} and start before {@code maxStart}, or null. */
    private CrisisVerdict scan(ScanText text, int minEnd, int maxStart) {
        return verdict(hits(text, minEnd, maxStart), text.text(), minEnd);
    }

    /** The rules' hits that end at or after {@code minEnd} and start before {@code maxStart}; null for an empty text. */
    private RuleHits hits(ScanText text, int minEnd, int maxStart) {
        if (text.text().isEmpty()) {
            return null;
        }
        RuleHits hits = new RuleHits(rules, text, minEnd);
        rules.crisis.scan(text, hits, maxStart);
        return hits;
    }

    /** The verdict of those hits on the normalised text, or null when it is clear. */
    private CrisisVerdict verdict(RuleHits hits, String normalised, int minEnd) {
        if (hits == null) {
            return null;
        }
        for (int i = 0; i < PRIORITY.length; i++) {
            if (hits.clear[i] != null) {
                return new CrisisVerdict(PRIORITY[i], hits.clear[i], false);
            }
        }
        for (int i = 0; i < PRIORITY.length; i++) {
            if (hits.negated[i] != null) {
                return new CrisisVerdict(PRIORITY[i], hits.negated[i], true);
            }
        }
        if (minEnd == 0) {
            // letters typed apart: the text without its spaces; a hit counts only if it is still there once the
            // idioms ("suicide squeeze") are cut out, which is worked out only when there is a hit
            CrisisRules.Squashed squashed = firstSquashed(normalised);
            if (squashed != null) {
                squashed = firstSquashed(hits.withoutIdioms());
            }
            if (squashed != null) {
                return new CrisisVerdict(squashed.category(), "floor:" + squashed.category().id() + ":" + squashed.id(),
                        false);
            }
        }
        return null;
    }

    /** The first squashed rule (in list order) matching the text with its spaces removed, or null. */
    private CrisisRules.Squashed firstSquashed(String text) {
        CrisisRules.Squashed[] first = new CrisisRules.Squashed[1];
        rules.squashed.scan(new ScanText(text.replace(" ", "")), (rule, start, end) -> {
            if (first[0] == null) {
                first[0] = rule.payload();
            }
            return true;
        });
        return first[0];
    }

    /** Last resort if screening itself failed: a plain scan of the floor over lower-cased text. */
    private CrisisVerdict fallback(String message) {
        try {
            return scan(new ScanText(ScreeningNormalizer.fallback(message == null ? "" : message)));
        } catch (RuntimeException | StackOverflowError e) {
            return new CrisisVerdict(CrisisCategory.SELF_HARM, "floor:screen-error", false);
        }
    }
}
