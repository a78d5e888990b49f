package dev.faqbot.chat;

import dev.faqbot.clinic.ClinicAnswers;
import dev.faqbot.clinic.ClinicProperties;
import dev.faqbot.clinic.PrivacyFacts;
import dev.faqbot.intents.Intent;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentsProperties;
import dev.faqbot.nlu.ClassifierProperties;
import dev.faqbot.nlu.IntentClassifier;
import dev.faqbot.nlu.IntentDecider;
import dev.faqbot.nlu.LiveModel;
import dev.faqbot.nlu.LiveModelHolder;
import dev.faqbot.safety.CrisisProperties;
import dev.faqbot.safety.CrisisResource;
import dev.faqbot.safety.CrisisScreen;
import dev.faqbot.safety.SafetyService;
import dev.faqbot.system.LimitsProperties;
import dev.faqbot.system.RateLimitProperties;
import dev.faqbot.system.RateLimiter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;

/** A small, fully real chat service around whatever screen and classifier a test supplies. */
final class ChatFixtures {

    static final CrisisProperties CRISIS = new CrisisProperties(List.of(
            new CrisisResource("911", "Emergency", "911", null, null, null, null, List.of()),
            new CrisisResource("988", "988 Lifeline", "988", "988", null, null, null, List.of()),
            new CrisisResource("crisis-text-line", "Crisis Text Line", null, "741741", "HOME", null, null, List.of()),
            new CrisisResource("poison-control", "Poison Control", "1-800-222-1222", null, null, null, null, List.of("medical-emergency"))),
            Map.of());

    static final Intent GREETING = new Intent("greeting", "Say hello", List.of("hi"), "Hello!",
            List.of("side-effects"), List.of("clinic policy"), null, List.of());
    static final Intent SIDE_EFFECTS = new Intent("side-effects", "Side effects", List.of("side effects"), "Mostly short-lived.",
            List.of(), List.of("s"), null, List.of());

    /** Three messages at once per conversation, then one per minute. */
    static final RateLimiter RATE_LIMITER = new RateLimiter(new RateLimitProperties(true, 3, 1, 1000, 1000, 100, ""));

    static Conversation conversation() {
        return new Conversation("127.0.0.1", RATE_LIMITER.newConnectionBucket());
    }

    private ChatFixtures() {
    }

    static ChatService chatService(CrisisScreen screen, IntentClassifier classifier, SimpleMeterRegistry registry,
                                   ApplicationEventPublisher events) {
        IntentCatalog catalog = new IntentCatalog(Map.of("greeting", GREETING, "side-effects", SIDE_EFFECTS), List.of(), "h", Instant.now());
        ClassifierProperties settings = new ClassifierProperties(0.45, 0.45, 0.12, 1, 10, 0.3, "");
        ReplyFactory replies = new ReplyFactory(
                new ChatProperties("Welcome to {clinic.name}", "General information only.", "Not sure. Call {clinic.phone}.", "Which?", "Try again.",
                        new ChatProperties.Spanish("Bienvenido a {clinic.name}", "Solo información general.", "No estoy seguro. Llame al {clinic.phone}.", "¿Cuál?", "Intente de nuevo.")),
                new ClinicAnswers(new ClinicProperties("Demo Clinic", "555-0100", "https://b", "9-5", "p", "i"), PrivacyFacts.unknown()),
                new IntentsProperties(Path.of("intents"), List.of("greeting", "side-effects"), java.time.Period.ofMonths(12), 0.1, 0.5, List.of()), CRISIS);
        LiveModelHolder model = new LiveModelHolder();
        model.swap(new LiveModel(catalog, classifier, 0));
        return new ChatService(new SafetyService(screen, 2000), model, new IntentDecider(settings),
                replies, new LimitsProperties(1000, 8192, 8192, 1024, 8, 16, 100, java.time.Duration.ofMinutes(30),
                        java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(20)), RATE_LIMITER, new ChatMetrics(registry), events);
    }
}
