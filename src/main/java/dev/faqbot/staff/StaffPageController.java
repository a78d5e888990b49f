package dev.faqbot.staff;

import dev.faqbot.insights.InsightsProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /staff}: the staff page in English or Spanish ({@code ?lang=es}, else the browser's language), rendered once
 * per language from {@code staff/page.html} and {@code staff/messages*.properties}. The page holds no data and no
 * script of its own (its CSP forbids inline script); its data comes from the token-guarded {@code /api/staff/}. With
 * no staff token configured it answers 404 with a page saying how to switch it on.
 */
@RestController
class StaffPageController {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9.-]+)}}");
    private static final String CHART_JS = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private final boolean on;
    private final Map<String, String> pages;

    StaffPageController(InsightsProperties insights) {
        this.on = insights.token() != null;
        String chartJs = "/webjars/chart.js/" + load(CHART_JS).getProperty("version") + "/dist/chart.umd.min.js";
        String template = read(on ? "staff/page.html" : "staff/off.html");
        this.pages = Map.of("en", render(template, "en", chartJs), "es", render(template, "es", chartJs));
    }

    @GetMapping(path = {"/staff", "/staff/"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@RequestParam(name = "lang", required = false) String lang, HttpServletRequest request) {
        return ResponseEntity.status(on ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(pages.get(language(lang, request)));
    }

    /** {@code ?lang=} when it is en or es, else the first of the browser's languages that is, else English. */
    static String language(String lang, HttpServletRequest request) {
        if ("en".equals(lang) || "es".equals(lang)) {
            return lang;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            if (locale.getLanguage().equals("es") || locale.getLanguage().equals("en")) {
                return locale.getLanguage();
            }
        }
        return "en";
    }

    private static String render(String template, String lang, String chartJs) {
        Properties messages = load("staff/messages.properties");
        if (lang.equals("es")) {
            messages.putAll(load("staff/messages_es.properties"));
        }
        messages.setProperty("lang", lang);
        messages.setProperty("chartjs", chartJs);
        StringBuilder strings = new StringBuilder(); // the script's words, as text the script reads (no inline script)
        messages.stringPropertyNames().stream().filter(k -> k.startsWith("s.")).sorted().forEach(k -> strings
                .append("<span data-k=\"").append(k.substring(2)).append("\">")
                .append(HtmlUtils.htmlEscape(messages.getProperty(k), "UTF-8")).append("</span>"));
        Matcher m = PLACEHOLDER.matcher(template.replace("{{strings}}", strings));
        StringBuilder page = new StringBuilder();
        while (m.find()) {
            String value = messages.getProperty(m.group(1));
            if (value == null) {
                throw new IllegalStateException("staff page: no message '" + m.group(1) + "' in staff/messages.properties");
            }
            m.appendReplacement(page, Matcher.quoteReplacement(HtmlUtils.htmlEscape(value, "UTF-8")));
        }
        return m.appendTail(page).toString();
    }

    private static Properties load(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("the staff page's " + resource + " is missing from the jar", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the staff page's " + resource + " is missing from the jar", e);
        }
    }
}
