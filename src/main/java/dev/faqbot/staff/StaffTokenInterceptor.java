package dev.faqbot.staff;

import dev.faqbot.insights.StaffToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a staff API request through only with {@code Authorization: Bearer <faqbot.insights.token>}: no token
 * configured = 404, a missing or wrong one = 401, too many wrong ones from one address = 429 for a while
 * ({@link StaffToken}). A header, never a cookie, so a cross-site form cannot ride a staff member's login.
 */
final class StaffTokenInterceptor implements HandlerInterceptor {

    private final StaffToken token;

    StaffTokenInterceptor(StaffToken token) {
        this.token = token;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        StaffToken.Check check = token.check(request.getHeader(HttpHeaders.AUTHORIZATION), request.getRemoteAddr());
        switch (check.outcome()) {
            case ACCEPTED:
                return true;
            case NOT_CONFIGURED:
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                return false;
            case BACKING_OFF:
                response.setStatus(429);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(check.retryAfterSeconds()));
                return false;
            default:
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"faqbot-staff\"");
                return false;
        }
    }
}
