package dev.faqbot.insights;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/health} says UP or DOWN to anyone; its details (intent files and lines of a rejected edit, the
 * insights database's state) only to staff. Actuator shows details "when authorized", that is to a request with a
 * principal: this filter gives one to a health request carrying the staff token ({@link StaffToken}, which also
 * slows guessing). There is no other login in this application.
 */
@Component
class HealthDetailsFilter extends OncePerRequestFilter {

    private static final Principal STAFF = () -> "staff";

    private final StaffToken token;

    HealthDetailsFilter(StaffToken token) {
        this.token = token;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals("/actuator/health") || path.startsWith("/actuator/health/"))
                || request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        StaffToken.Check check = token.check(request.getHeader(HttpHeaders.AUTHORIZATION), request.getRemoteAddr());
        if (check.outcome() != StaffToken.Outcome.ACCEPTED) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return STAFF;
            }
        }, response);
    }
}
