package dev.faqbot.staff;

import dev.faqbot.chat.ChatService;
import dev.faqbot.insights.InsightsReport;
import dev.faqbot.nlu.ClassifierProperties;
import dev.faqbot.safety.LearnedLayerProperties;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff page's data, under {@code /api/staff/} and only with the staff token ({@link StaffTokenInterceptor}):
 * insights, the try panel and content health. The CSV export is the insights endpoint's own
 * ({@code /api/insights/unanswered?format=csv}, same token).
 */
@RestController
class StaffApiController {

    /** The try panel sends at most this many earlier turns: what a conversation remembers for screening. */
    static final int MAX_EARLIER = 4;

    private final InsightsReport insights;
    private final ChatService chat;
    private final ContentHealth health;
    private final ClassifierProperties classifier;
    private final LearnedLayerProperties learned;

    StaffApiController(InsightsReport insights, ChatService chat, ContentHealth health, ClassifierProperties classifier,
                       LearnedLayerProperties learned) {
        this.insights = insights;
        this.chat = chat;
        this.health = health;
        this.classifier = classifier;
        this.learned = learned;
    }

    /** 204 when the token is right: the page's sign-in check. */
    @GetMapping("/api/staff/session")
    ResponseEntity<Void> session() {
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/staff/insights")
    InsightsReport.Trends insights(@RequestParam(name = "days", required = false) Integer days,
                                   @RequestParam(name = "top", defaultValue = "20") int top) {
        return insights.trends(days == null ? insights.defaultDays() : days, top);
    }

    @PostMapping("/api/staff/try")
    ResponseEntity<TryView> tryQuestion(@RequestBody TryRequest request) {
        if (request.text() == null || request.text().isBlank()) {
            return ResponseEntity.badRequest().build();
        }
        List<String> earlier = request.earlier() == null ? List.of()
                : request.earlier().stream().filter(t -> t != null && !t.isBlank()).toList();
        earlier = earlier.subList(Math.max(0, earlier.size() - MAX_EARLIER), earlier.size());
        String lang = "en".equals(request.lang()) || "es".equals(request.lang()) ? request.lang() : null;
        return ResponseEntity.ok(TryView.of(chat.trial(request.text(), earlier, lang), classifier, learned));
    }

    @GetMapping("/api/staff/health")
    ContentHealth.View health() {
        return health.now();
    }

    /** A question to try, the turns before it (oldest first, optional) and the widget language ("en", "es" or none). */
    record TryRequest(String text, List<String> earlier, String lang) {
    }
}
