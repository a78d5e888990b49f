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
 * The demo clinic page at {@code /} ({@code web/index.html}) with the clinic's name, phone, hours and booking page
 * from the same {@code faqbot.clinic.*} settings the bot answers with, so the page and the bot never disagree.
 * The values are HTML-escaped; the page keeps its strict Content-Security-Policy (no script is generated).
 */
@RestController
class DemoPageController {

    private final String page;

    DemoPageController(ClinicProperties clinic) {
        String template = read(new ClassPathResource("static/index.html"));
        Map<String, String> values = Map.of(
                "{clinic.name}", clinic.name(),
                "{clinic.phone}", clinic.phone(),
                "{clinic.phoneDial}", clinic.phone().replaceAll("[^0-9+]", ""),
                "{clinic.hours}", clinic.hours(),
                "{clinic.bookingUrl}", clinic.bookingUrl());
        for (Map.Entry<String, String> value : values.entrySet()) {
            template = template.replace(value.getKey(), HtmlUtils.htmlEscape(value.getValue()));
        }
        this.page = template;
    }

    @GetMapping(path = {"/", "/index.html"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page() {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page);
    }

    private static String read(ClassPathResource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the demo page is missing from the jar (web/index.html)", e);
        }
    }
}
