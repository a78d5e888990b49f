package dev.faqbot.chat;

import dev.faqbot.intents.Intent;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.nlu.Decision;
import dev.faqbot.nlu.IntentDecider;
import dev.faqbot.nlu.LiveModel;
import dev.faqbot.nlu.LiveModelHolder;
import dev.faqbot.safety.CrisisVerdict;
import dev.faqbot.safety.SafetyService;
import dev.faqbot.system.LimitsProperties;
import dev.faqbot.system.RateLimiter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The message path shared by the WebSocket and HTTP endpoints: crisis screening first ({@link SafetyService}, the
 * one door), on whatever text arrived, then rate and size limits, then the classifier and the answer / clarify / fallback decision.
 * Logs counts and intent ids only, never what the visitor wrote.
 */
@Service
public class ChatService {

    private static final Logger log = LoggerFactory.getLogger(ChatService.class);

    private final SafetyService safety;
    private final LiveModelHolder model;
    private final IntentDecider decider;
    private final ReplyFactory replies;
    private final LimitsProperties limits;
    private final ChatMetrics metrics;
    private final RateLimiter rateLimiter;
    private final ApplicationEventPublisher events;

    public ChatService(SafetyService safety, LiveModelHolder model, IntentDecider decider, ReplyFactory replies,
                       LimitsProperties limits, RateLimiter rateLimiter, ChatMetrics metrics, ApplicationEventPublisher events) {
        this.safety = safety;
        this.model = model;
        this.decider = decider;
        this.replies = replies;
        this.limits = limits;
        this.metrics = metrics;
        this.rateLimiter = rateLimiter;
        this.events = events;
    }

    /** The welcome sent when a WebSocket opens, in the language the widget asked for ({@code ?lang=es}), else English. */
    public Reply welcome(String requestedLang) {
        String lang = VisitorLanguage.SPANISH.equals(requestedLang) ? VisitorLanguage.SPANISH : VisitorLanguage.ENGLISH;
        return replies.welcome(model.get().catalog(), lang);
    }

    /** Answers one client message within its conversation. */
    Reply reply(ChatRequest request, Conversation conversation) {
        long start = System.nanoTime();
        String lang = VisitorLanguage.resolve(request.text(), request.lang(), conversation.language());
        conversation.language(lang);
        Outcome outcome = request.text() != null
                ? replyToText(request.text(), conversation, lang, true)
                : new Outcome(limited(conversation).orElseGet(() -> replyToIntent(request.intent(), lang)));
        Reply sent = outcome.reply().replyingTo(request.id());
        record(sent, outcome.closestIntent(), request.text(), start);
        return sent;
    }

    /**
     * The reply to a frame that could not be read as a client message (not JSON, wrong types, binary).
     * Whatever arrived is still screened first: a person in crisis typing into a crude client gets the
     * crisis reply, not an error.
     */
    Reply rejected(ErrorCode code, String replyTo, String raw, Conversation conversation) {
        long start = System.nanoTime();
        Optional<CrisisVerdict> verdict = raw == null || raw.isBlank() ? Optional.empty() : safety.assess(raw, conversation.recent());
        String lang = VisitorLanguage.resolve(raw, null, conversation.language());
        Reply reply = verdict.<Reply>map(v -> replies.crisis(v.category(), null, lang)).orElseGet(() -> Reply.error(code)).replyingTo(replyTo);
        record(reply, null, null, start);
        return reply;
    }

    /**
     * The reply a visitor would get to {@code text} after {@code earlier} messages (oldest first), and why, for staff
     * tools ({@code try}, the staff page). Nothing is counted or recorded, and no rate limit applies.
     *
     * @param lang the widget's interface language ("en", "es") or null
     */
    public Trial trial(String text, List<String> earlier, String lang) {
        Conversation conversation = new Conversation(null, rateLimiter.newConnectionBucket()); // a bucket it never draws from
        for (String message : earlier) {
            conversation.language(VisitorLanguage.resolve(message, lang, conversation.language()));
            conversation.remember(message.strip());
        }
        String replyLang = VisitorLanguage.resolve(text, lang, conversation.language());
        Outcome outcome = replyToText(text, conversation, replyLang, false);
        return new Trial(outcome.reply(), Optional.ofNullable(outcome.verdict()),
                model.get().classifier().classify(text.strip()).top(Trial.TOP_INTENTS));
    }

    /** A reply, the crisis verdict behind it and, for fallbacks, the closest intent (kept for staff insights, never sent). */
    private record Outcome(Reply reply, String closestIntent, CrisisVerdict verdict) {
        Outcome(Reply reply) {
            this(reply, null, null);
        }

        Outcome(Reply reply, String closestIntent) {
            this(reply, closestIntent, null);
        }
    }

    private Outcome replyToText(String raw, Conversation conversation, String lang, boolean rateLimited) {
        String text = raw.strip();
        Optional<CrisisVerdict> verdict = safety.assess(text, conversation.recent());
        conversation.remember(text);
        if (verdict.isPresent()) {
            return new Outcome(crisis(verdict.get(), text, lang), null, verdict.get());
        }
        Optional<Reply> limited = rateLimited ? limited(conversation) : Optional.empty();
        if (limited.isPresent()) {
            return new Outcome(limited.get());
        }
        if (text.isEmpty()) {
            return new Outcome(Reply.error(ErrorCode.EMPTY));
        }
        if (text.length() > limits.maxMessageChars()) {
            return new Outcome(Reply.error(ErrorCode.TOO_LONG));
        }
        LiveModel live = model.get();
        Decision decision;
        try {
            decision = decider.decide(live.classifier().classify(text), lang);
        } catch (RuntimeException e) {
            log.error("Classifier failed ({}); answered with the unavailable reply", e.getClass().getName());
            return new Outcome(replies.unavailable(live.catalog(), lang));
        }
        if (decision instanceof Decision.Answer answer) {
            return new Outcome(answerFor(live.catalog(), answer, lang));
        }
        if (decision instanceof Decision.Clarify clarify) {
            return new Outcome(replies.clarify(live.catalog(), clarify.intents(), lang), clarify.intents().get(0));
        }
        return new Outcome(replies.fallback(live.catalog(), lang), ((Decision.Fallback) decision).closestIntent());
    }

    /** The crisis reply; a negated crisis phrase plus a clear question also carries that answer, after the resources. */
    private Reply crisis(CrisisVerdict verdict, String text, String lang) {
        Reply.Answer answer = null;
        if (verdict.negated() && text.length() <= limits.maxMessageChars()) {
            try {
                LiveModel live = model.get();
                if (decider.decide(live.classifier().classify(text), lang) instanceof Decision.Answer a) {
                    answer = answerFor(live.catalog(), a, lang);
                }
            } catch (RuntimeException e) {
                log.error("Classifier failed after a crisis verdict ({}); crisis reply sent without an answer", e.getClass().getName());
            }
        }
        return replies.crisis(verdict.category(), answer, lang);
    }

    /** The rate-limited reply when this conversation or its client address is over its limit. */
    private Optional<Reply> limited(Conversation conversation) {
        int retryAfter = rateLimiter.tryAcquire(conversation.bucket(), conversation.clientAddress());
        return retryAfter == 0 ? Optional.empty() : Optional.of(Reply.rateLimited(retryAfter));
    }

    private Reply replyToIntent(String intentId, String lang) {
        IntentCatalog catalog = model.get().catalog();
        return catalog.find(intentId).<Reply>map(intent -> replies.answer(catalog, intent, 1.0, lang)).orElseGet(() -> Reply.error(ErrorCode.UNKNOWN_INTENT));
    }

    private Reply.Answer answerFor(IntentCatalog catalog, Decision.Answer answer, String lang) {
        Intent intent = catalog.find(answer.intent()).orElseThrow();
        return replies.answer(catalog, intent, Math.round(answer.confidence() * 1000) / 1000.0, lang);
    }

    private void record(Reply reply, String closestIntent, String visitorText, long startNanos) {
        metrics.replied(reply, startNanos);
        String intent = reply instanceof Reply.Answer answer ? answer.intent() : closestIntent;
        String category = reply instanceof Reply.Crisis crisis ? crisis.category() : null;
        boolean keepsText = reply instanceof Reply.Fallback || reply instanceof Reply.Clarify;
        events.publishEvent(new ConversationTurn(reply.type(), intent, category, keepsText ? visitorText : null, Instant.now(),
                reply.lang()));
    }
}
