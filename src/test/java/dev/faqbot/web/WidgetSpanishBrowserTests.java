package dev.faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.FromShadowDom;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The widget in Spanish (issue 16): its own words when the page says {@code lang="es"} or the script tag says
 * {@code data-lang="es"}, the switch to Spanish when a reply comes back in Spanish, the Spanish crisis card built from
 * the server's Spanish lines, and the Spanish demo page free of serious accessibility problems.
 */
@BrowserTest
class WidgetSpanishBrowserTests extends OneBrowserPerClass {

    private static final String CRISIS_LINK = "\u00bfEn crisis? Llame o env\u00ede un texto al 988";

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void spanishDemoPageShowsTheWidgetInSpanish() {
        WidgetPage widget = new WidgetPage(driver).loadFresh(base() + "/es/");
        assertThat(widget.js("return document.documentElement.lang")).isEqualTo("es");
        assertThat(widget.find(".help").getText()).isEqualTo(CRISIS_LINK);
        assertThat(widget.launcher().getAttribute("aria-label")).isEqualTo("Abrir el chat: Preguntas a Riverbend");

        widget.open();
        assertSpanishChrome(widget);
        assertThat(widget.find(".log > .bot[data-type='welcome']").getText()).startsWith("Hola, soy el asistente");
        assertThat(widget.find(".disc").getText()).startsWith("Informaci\u00f3n general, no es consejo m\u00e9dico");
        Chromium.screenshot(driver, "spanish-01-open");
    }

    @Test
    void dataLangOnTheScriptTagMakesTheWidgetSpanishOnAnEnglishPage() {
        WidgetPage widget = new WidgetPage(driver).loadFresh(base() + "/data-lang-es.html");
        assertThat(widget.js("return document.documentElement.lang")).isEqualTo("en");
        assertThat(widget.find(".help").getText()).isEqualTo(CRISIS_LINK);
        assertThat(widget.launcher().getAttribute("aria-label")).startsWith("Abrir el chat: ");

        widget.open();
        assertSpanishChrome(widget);
        assertThat(widget.find("h2").getText()).isEqualTo("\u00bfPreguntas? Escr\u00edbanos");
        assertThat(widget.find(".log > .bot[data-type='welcome']").getText()).startsWith("\u00a1Hola!");

        WebElement answer = widget.ask("ok");
        assertThat(answer.getAttribute("lang")).as("a message too short to tell is answered in the widget's language")
                .isEqualTo("es");
    }

    @Test
    void aSpanishReplySwitchesTheEnglishWidgetToSpanish() {
        WidgetPage widget = new WidgetPage(driver).loadFresh(base() + "/");
        widget.open();
        assertThat(widget.input().getAttribute("placeholder")).isEqualTo("Ask a question\u2026");
        assertThat(widget.find(".help-in").getText()).isEqualTo("In crisis? Call or text 988");

        WebElement answer = widget.ask("\u00bfCu\u00e1nto cuesta una infusi\u00f3n de ketamina?");

        assertThat(answer.getAttribute("lang")).isEqualTo("es");
        assertSpanishChrome(widget);
        Chromium.screenshot(driver, "spanish-02-switched-by-a-reply");

        widget.reload();
        assertThat(widget.input().getAttribute("placeholder")).as("still Spanish after navigation")
                .isEqualTo("Escriba su pregunta\u2026");

        WebElement english = widget.ask("how long do the effects last");
        assertThat(english.getAttribute("lang")).isEqualTo("en");
        assertThat(widget.input().getAttribute("placeholder")).as("back to English with an English reply")
                .isEqualTo("Ask a question\u2026");
    }

    @Test
    void spanishCrisisCardShowsTheServersSpanishLinesWithSpanishButtons() throws Exception {
        WidgetPage widget = new WidgetPage(driver).loadFresh(base() + "/es/");
        widget.open();

        WebElement card = widget.ask("ya no puedo mas, quiero quitarme la vida");

        assertThat(card.getAttribute("class")).contains("crisis");
        assertThat(card.getAttribute("role")).isEqualTo("alert");
        assertThat(card.getAttribute("lang")).isEqualTo("es");
        JsonNode server = serverReply("ya no puedo mas, quiero quitarme la vida");
        assertThat(server.path("type").asString()).isEqualTo("crisis");
        assertThat(server.path("lang").asString()).isEqualTo("es");
        assertThat(widget.text(card.findElement(By.cssSelector(".lead")))).isEqualTo(server.path("text").asString());
        List<String> names = new ArrayList<>();
        List<String> details = new ArrayList<>();
        server.path("resources").forEach(line -> {
            names.add(line.path("name").asString());
            details.add(line.path("detail").asString());
        });
        assertThat(card.findElements(By.cssSelector("li > strong"))).extracting(widget::text).isEqualTo(names);
        assertThat(card.findElements(By.cssSelector("li > .detail"))).extracting(widget::text).isEqualTo(details);
        assertThat(details).anySatisfy(detail -> assertThat(detail).contains("marque 2").contains("AYUDA"));

        assertThat(link(card, "tel:911").getText()).isEqualTo("Llamar al 911");
        assertThat(link(card, "tel:988").getText()).isEqualTo("Llamar al 988");
        assertThat(link(card, "sms:988?&body=AYUDA").getText()).isEqualTo("Enviar AYUDA al 988");
        assertThat(link(card, "sms:741741?&body=AYUDA").getText()).isEqualTo("Enviar AYUDA al 741741");
        WebElement chat = link(card, "https://988lifeline.org/chat/");
        assertThat(chat.getText()).isEqualTo("Chat en l\u00ednea");
        assertThat(chat.getAttribute("aria-label")).endsWith("(se abre en una pesta\u00f1a nueva)");
        assertThat(card.findElements(By.cssSelector("a"))).extracting(WebElement::getText)
                .noneMatch(label -> label.startsWith("Call ") || label.startsWith("Text ") || label.startsWith("Chat online"));

        assertThat(widget.visible(".pin a[href='tel:988']")).isTrue();
        assertThat(widget.find(".pin b").getText()).isEqualTo("Ayuda las 24 horas:");
        assertThat(widget.find(".pin").getAttribute("aria-label")).isEqualTo("Ayuda en crisis");
        Chromium.screenshot(driver, "spanish-03-crisis");
    }

    @Test
    void spanishDemoPageHasNoSeriousOrCriticalAccessibilityViolations() {
        new WidgetPage(driver).loadFresh(base() + "/es/");
        WidgetChatBrowserTests.assertNoSeriousViolations(new AxeBuilder().analyze(driver), "Spanish page, widget closed");

        WidgetPage widget = new WidgetPage(driver).open();
        widget.ask("\u00bfcu\u00e1nto dura el efecto?");
        widget.ask("quiero quitarme la vida");
        WidgetChatBrowserTests.assertNoSeriousViolations(new AxeBuilder().analyze(driver), "Spanish page, widget open");

        Results shadow = new AxeBuilder().include(new FromShadowDom("faqbot-widget", ".fb")).analyze(driver);
        assertThat(shadow.getPasses()).as("axe looked inside the shadow root").isNotEmpty();
        WidgetChatBrowserTests.assertNoSeriousViolations(shadow, "Spanish widget's shadow root");
    }

    private static void assertSpanishChrome(WidgetPage widget) {
        assertThat(widget.find(".fb").getAttribute("lang")).isEqualTo("es");
        assertThat(widget.input().getAttribute("placeholder")).isEqualTo("Escriba su pregunta\u2026");
        assertThat(widget.text(widget.find("label"))).isEqualTo("Su pregunta");
        assertThat(widget.find(".clear").getAttribute("aria-label")).isEqualTo("Borrar la conversaci\u00f3n");
        assertThat(widget.find(".close").getAttribute("aria-label")).isEqualTo("Cerrar el chat");
        assertThat(widget.find(".send").getAttribute("aria-label")).isEqualTo("Enviar");
        assertThat(widget.find(".help-in").getText()).isEqualTo(CRISIS_LINK);
        assertThat(widget.find(".sub a[href='tel:911']").getText()).isEqualTo("Emergencia: llame al 911");
        assertThat(widget.statusText()).isEqualTo("En l\u00ednea");
        assertThat(widget.launcher().getAttribute("aria-label")).startsWith("Cerrar el chat: ");
    }

    private static WebElement link(WebElement card, String href) {
        return card.findElement(By.cssSelector("a[href='" + href + "']"));
    }

    /** What the server answers to the same message in a Spanish widget, over HTTP: what the card must show. */
    private JsonNode serverReply(String message) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("type", "ask", "text", message, "lang", "es"))))
                .build();
        return json.readTree(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
    }
}
