package dev.faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Caching of {@code /widget.js} and the security headers on served pages, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {BrowserTest.STATIC_TEST_PAGES, BrowserTest.IN_MEMORY_DATABASE}) // the browser tests' context
class WebHeadersTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void widgetIsCachedFiveMinutesAndRevalidatedCheaply() throws Exception {
        HttpResponse<String> widget = get("/widget.js");

        assertThat(widget.statusCode()).isEqualTo(200);
        assertThat(widget.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(widget.headers().firstValue("Cache-Control")).hasValueSatisfying(
                c -> assertThat(c).contains("max-age=300").contains("public"));
        assertThat(widget.headers().firstValue("Last-Modified")).isPresent();
        assertThat(widget.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(widget.headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("cross-origin");
        String etag = widget.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{32}\"");

        HttpResponse<String> revalidated = get("/widget.js", "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
    }

    @Test
    void demoPageHasAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/widget.js\"");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "object-src 'none'", "frame-ancestors").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void widgetStylesheetIsServedBesideItForAnyOriginWithTheSameCaching() throws Exception {
        HttpResponse<String> css = get("/widget.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/css"));
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(
                c -> assertThat(c).contains("max-age=300").contains("public"));
        assertThat(css.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).matches("\"[0-9a-f]{32}\""));
        assertThat(css.headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("cross-origin");
        assertThat(css.headers().firstValue("Access-Control-Allow-Origin")).as("fetched by the widget on any clinic's page")
                .hasValue("*");
        assertThat(css.body()).contains(":host", ".launcher");
    }

    @Test
    void spanishDemoPageIsServedWithTheSameStrictPolicyAndTheClinicsSpanishHours() throws Exception {
        for (String path : new String[] {"/es/", "/es", "/es/index.html"}) {
            HttpResponse<String> page = get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).contains("<html lang=\"es\">", "<script src=\"/widget.js\"").doesNotContain("{clinic.");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        }
        assertThat(get("/es/").body()).contains("lunes a viernes");
    }
}
