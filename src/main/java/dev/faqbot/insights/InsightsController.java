package dev.faqbot.insights;

import dev.faqbot.insights.InsightsReport.Summary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * does not exist), a missing or wrong one = 401. Tokens are compared in constant time.
 */
@RestController
public class InsightsController {

    private final InsightsReport report;
    private final byte[] tokenDigest;

    InsightsController(InsightsReport report, InsightsProperties properties) {
        this.report = report;
        this.tokenDigest = properties.tokenConfigured() ? sha256(properties.token()) : null;
    }

    @GetMapping("/api/insights/unanswered")
    ResponseEntity<?> unanswered(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                 @RequestParam(name = "days", required = false) Integer days,
                                 @RequestParam(name = "top", required = false) Integer top,
                                 @RequestParam(name = "format", defaultValue = "json") String format) {
        if (tokenDigest == null) {
            return ResponseEntity.notFound().build();
        }
        if (!authorised(authorization)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"faqbot-insights\"")
                    .cacheControl(CacheControl.noStore())
                    .build();
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

    private boolean authorised(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(tokenDigest, sha256(authorization.substring(7).strip()));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
