package dev.faqbot.insights;

import dev.faqbot.insights.InsightsReport.Summary;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/insights/unanswered[?days=N&top=N&format=csv]} for staff. Answers only with
 * {@code Authorization: Bearer <faqbot.insights.token>}: no token configured = 404 (the endpoint
 * does not exist), a missing or wrong one = 401, too many wrong ones from one address = 429 for a while
 * ({@link StaffToken}).
 */
@RestController
class InsightsController {

    private final InsightsReport report;
    private final StaffToken token;

    InsightsController(InsightsReport report, StaffToken token) {
        this.report = report;
        this.token = token;
    }

    @GetMapping("/api/insights/unanswered")
    ResponseEntity<?> unanswered(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                 @RequestParam(name = "days", required = false) Integer days,
                                 @RequestParam(name = "top", required = false) Integer top,
                                 @RequestParam(name = "format", defaultValue = "json") String format,
                                 HttpServletRequest request) {
        StaffToken.Check check = token.check(authorization, request.getRemoteAddr());
        switch (check.outcome()) {
            case NOT_CONFIGURED:
                return ResponseEntity.notFound().build();
            case BACKING_OFF:
                return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(check.retryAfterSeconds()))
                        .cacheControl(CacheControl.noStore()).build();
            case REFUSED:
                return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"faqbot-insights\"")
                        .cacheControl(CacheControl.noStore()).build();
            default:
                break;
        }
        Summary summary = report.summarise(days == null ? report.defaultDays() : days,
                top == null ? InsightsReport.DEFAULT_TOP : top);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().cacheControl(CacheControl.noStore());
        if ("csv".equalsIgnoreCase(format)) {
            return ok.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"unanswered-questions.csv\"")
                    .body(InsightsCsv.write(summary.unanswered()));
        }
        return ok.contentType(MediaType.APPLICATION_JSON).body(summary);
    }
}
