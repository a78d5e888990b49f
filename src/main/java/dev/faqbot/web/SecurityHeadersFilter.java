package dev.faqbot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on everything the server sends: no MIME sniffing, no referrer (visitors' paths on
 * a mental-health site are nobody's business), and a Content-Security-Policy for the pages it serves
 * (the demo clinic page): scripts and styles from this origin only, no inline script.
 * {@code /widget.js} and its {@code /widget.css} are meant to be loaded by other sites, so they are marked
 * cross-origin readable (the widget fetches its stylesheet from the origin it came from). The staff page
 * ({@code /staff}) gets a stricter policy of its own: nothing but this origin's scripts, styles and API, and it may
 * not be framed.
 */
@Component
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    static final String STAFF_CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'");

    private static final Set<String> EMBEDDED_ASSETS = Set.of("/widget.js", "/widget.css");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (EMBEDDED_ASSETS.contains(request.getRequestURI())) {
            response.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
            response.setHeader("Access-Control-Allow-Origin", "*");
        } else {
            boolean staff = request.getRequestURI().equals("/staff") || request.getRequestURI().startsWith("/staff/");
            response.setHeader("Content-Security-Policy", staff ? STAFF_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
            response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        }
        chain.doFilter(request, response);
    }
}
