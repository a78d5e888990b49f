package dev.faqbot.web;

import dev.faqbot.clinic.ClinicProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The demo clinic page at {@code /} ({@code web/index.html}) and its Spanish version at {@code /es/}
 * ({@code web/es/index.html}) with the clinic's name, phone, hours and booking page from the same
 * {@code faqbot.clinic.*} settings the bot answers with, so the page and the bot never disagree (the Spanish page
 * shows the Spanish hours, {@code faqbot.clinic.es.hours}, when set). The values are HTML-escaped; the pages keep
 * their strict Content-Security-Policy (no script is generated).
 */
@RestController
class DemoPageController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final String englishPage;
    private final String spanishPage;

    DemoPageController(ClinicProperties clinic) {
        String spanishHours = clinic.es().hours().isEmpty() ? clinic.hours() : clinic.es().hours();
        this.englishPage = fill("static/index.html", clinic, clinic.hours());
        this.spanishPage = fill("static/es/index.html", clinic, spanishHours);
    }

    @GetMapping(path = {"/", "/index.html"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> englishPage() {
        return ResponseEntity.ok().contentType(HTML).body(englishPage);
    }

    @GetMapping(path = {"/es", "/es/", "/es/index.html"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> spanishPage() {
        return ResponseEntity.ok().contentType(HTML).body(spanishPage);
    }

    private static String fill(String path, ClinicProperties clinic, String hours) {
        String page = read(new ClassPathResource(path));
        Map<String, String> values = Map.of(
                "{clinic.name}", clinic.name(),
                "{clinic.phone}", clinic.phone(),
                "{clinic.phoneDial}", clinic.phone().replaceAll("[^0-9+]", ""),
                "{clinic.hours}", hours,
                "{clinic.bookingUrl}", clinic.bookingUrl());
        for (Map.Entry<String, String> value : values.entrySet()) {
            page = page.replace(value.getKey(), HtmlUtils.htmlEscape(value.getValue()));
        }
        return page;
    }

    private static String read(ClassPathResource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("a demo page is missing from the jar (web/" + resource.getPath().substring(7) + ")", e);
        }
    }
}
