package dev.faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.FromShadowDom;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The widget on the demo clinic page, in desktop Chromium, against the real server. */
@BrowserTest
class WidgetChatBrowserTests extends OneBrowserPerClass {

    @LocalServerPort
    int port;

    private WidgetPage widget;

    @BeforeEach
    void newVisitor() {
        widget = new WidgetPage(driver).loadFresh(base() + "/");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void answersAQuestionWithTheCuratedAnswer() throws Exception {
        Chromium.screenshot(driver, "desktop-01-closed");
        widget.open();
        assertThat(widget.state()).isEqualTo("online");
        assertThat(widget.find(".disc").getText()).isNotBlank();
        assertThat(widget.findAll(".chips .chip")).as("welcome suggestions").isNotEmpty();
        Chromium.screenshot(driver, "desktop-02-open");

        WebElement answer = widget.ask("how long do the effects last");

        assertThat(answer.getAttribute("data-intent")).isEqualTo("effects-duration");
        assertThat(widget.text(answer)).isEqualTo(serverAnswer("how long do the effects last"));
        Chromium.screenshot(driver, "desktop-03-answer");
    }

    @Test
    void followUpChipAsksForItsIntentAndShowsTheAnswer() {
        widget.open();
        widget.ask("how long do the effects last");
        List<WebElement> followUps = widget.findAll(".log > .chips[aria-label='Related questions'] .chip");
        assertThat(followUps).as("follow-up chips under the answer").isNotEmpty();
        WebElement chip = followUps.get(0);
        String intent = chip.getAttribute("data-intent");
        int before = widget.replies().size();

        chip.click();

        WebElement answer = widget.awaitReplyAfter(before);
        assertThat(answer.getAttribute("data-intent")).isEqualTo(intent);
        assertThat(widget.text(answer)).isNotBlank();
        List<WebElement> users = widget.findAll(".log > .user");
        assertThat(widget.text(users.get(users.size() - 1))).isEqualTo(widget.text(chip));
    }

    @Test
    void crisisMessageShowsTheCardAndKeepsTheResourcesPinned() {
        widget.open();
        assertThat(widget.visible(".pin")).isFalse();

        WebElement card = widget.ask("i want to kill myself");

        assertThat(card.getAttribute("class")).contains("crisis");
        assertThat(card.getAttribute("role")).isEqualTo("alert");
        assertThat(card.findElements(By.cssSelector("a[href='tel:988']"))).isNotEmpty();
        assertThat(card.findElements(By.cssSelector("a[href='tel:911']"))).isNotEmpty();
        assertThat(card.findElements(By.cssSelector("a[href='sms:741741?&body=HOME']"))).isNotEmpty();
        assertThat(card.findElements(By.cssSelector("a[href='https://988lifeline.org/chat/']"))).isNotEmpty();
        assertThat(widget.visible(".pin a[href='tel:988']")).isTrue();
        Chromium.screenshot(driver, "desktop-04-crisis");

        widget.ask("how much does it cost");
        assertThat(widget.visible(".pin a[href='tel:988']")).as("pinned after another question").isTrue();
        Chromium.screenshot(driver, "desktop-05-pinned-after-question");

        widget.reload();
        assertThat(widget.isOpen()).as("still open after navigation").isTrue();
        assertThat(widget.visible(".pin a[href='tel:988']")).as("pinned across a reload").isTrue();
        assertThat(widget.findAll(".log > .crisis a[href='tel:988']")).isNotEmpty();
    }

    @Test
    void historySurvivesAReloadAndCanBeCleared() {
        widget.open();
        widget.ask("how long do the effects last");
        List<String> before = texts();

        widget.reload();

        assertThat(widget.isOpen()).isTrue();
        assertThat(texts()).isEqualTo(before);
        assertThat(widget.findAll(".log > .user")).hasSize(1);

        widget.find(".clear").click();
        widget.until(d -> widget.findAll(".log > .user").isEmpty());
        widget.reload();
        assertThat(widget.findAll(".log > .user")).isEmpty();
    }

    @Test
    void keyboardOnlyRoundTrip() {
        Actions keys = new Actions(driver);
        for (int i = 0; i < 80 && !"launcher".equals(widget.focusedClass()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(widget.focusedClass()).as("Tab reaches the launcher").isEqualTo("launcher");

        keys.sendKeys(Keys.ENTER).perform();
        widget.until(d -> widget.isOpen());
        assertThat(widget.focusedClass()).as("focus moves into the panel's input").isEqualTo("input");

        keys.sendKeys("how long do the effects last").sendKeys(Keys.ENTER).perform();
        widget.until(d -> !widget.findAll(".log > .bot[data-intent='effects-duration']").isEmpty());

        keys.sendKeys(Keys.ESCAPE).perform();
        widget.until(d -> !widget.isOpen());
        assertThat(widget.focusedClass()).as("focus back on the launcher").isEqualTo("launcher");
        assertThat(widget.launcher().getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void hasNoSeriousOrCriticalAccessibilityViolations() {
        Results closed = new AxeBuilder().analyze(driver);
        assertNoSeriousViolations(closed, "page with the widget closed");

        widget.open();
        widget.ask("how long do the effects last");
        widget.ask("i want to kill myself");
        Results page = new AxeBuilder().analyze(driver);
        assertNoSeriousViolations(page, "page with the widget open");

        Results shadow = new AxeBuilder().include(new FromShadowDom("faqbot-widget", ".fb")).analyze(driver);
        assertThat(shadow.getPasses()).as("axe looked inside the shadow root").isNotEmpty();
        assertNoSeriousViolations(shadow, "widget shadow root");
    }

    /** Fails with every serious or critical axe violation listed (also used by the Spanish page's test). */
    static void assertNoSeriousViolations(Results results, String what) {
        assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
        Set<String> severe = Set.of("serious", "critical");
        List<String> problems = results.getViolations().stream()
                .filter(rule -> severe.contains(rule.getImpact()))
                .map(WidgetChatBrowserTests::describe)
                .toList();
        assertThat(problems).as("serious or critical axe violations on the " + what).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    private List<String> texts() {
        return widget.findAll(".log > :not(.typing)").stream().map(widget::text).toList();
    }

    /** What the server answers to the same question over HTTP: the curated text the widget must show. */
    private String serverAnswer(String question) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("type", "ask", "text", question))))
                .build();
        HttpClient client = HttpClient.newHttpClient();
        JsonNode reply = json.readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
        assertThat(reply.path("type").asString()).isEqualTo("answer");
        return reply.path("text").asString();
    }
}
