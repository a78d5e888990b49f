package dev.faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.faqbot.content.IntentFolderFixture;
import dev.faqbot.content.IntentReloader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The staff page in desktop Chromium against the real server, its real insights database and a hot-reloaded intents folder. */
@BrowserTest
class StaffPageBrowserTests extends OneBrowserPerClass {

    private static final String TOKEN = "staff-browser-token-for-tests";
    private static final Path DIR;

    static {
        try {
            DIR = IntentFolderFixture.copyShippedIntents(Files.createTempDirectory("faqbot-staff").resolve("intents"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void staffSettings(DynamicPropertyRegistry registry) {
        registry.add("faqbot.intents.dir", DIR::toString);
        registry.add("faqbot.intents.watch", () -> "true");
        registry.add("faqbot.insights.token", () -> TOKEN);
        registry.add("faqbot.insights.store-text", () -> "true");
        registry.add("faqbot.staff.cross-validate", () -> "false");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:staff-browser-tests;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void deleteTheCopy() throws IOException {
        FileSystemUtils.deleteRecursively(DIR.getParent());
    }

    @LocalServerPort
    int port;

    @Autowired
    IntentReloader reloader;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void signInIsRefusedWithoutTheRightToken() {
        driver.get(base() + "/staff");
        assertThat(driver.findElement(By.id("panels")).isDisplayed()).isFalse();
        driver.findElement(By.id("token")).sendKeys("not-the-token");
        driver.findElement(By.cssSelector("#login-form button")).click();
        until(d -> driver.findElement(By.id("login-status")).getText().contains("refused"));
        assertThat(driver.findElement(By.id("panels")).isDisplayed()).isFalse();
        Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[0]; fetch('/api/staff/insights').then(function (r) { done(r.status); });");
        assertThat(status).isEqualTo(401L);
    }

    @Test
    void insightsChartsShowRecordedRepliesWithCrisisAsCountsOnly() throws Exception {
        ask("how long do the effects last");
        ask("how long do the effects last");
        ask("what is the wifi password in the waiting room");
        ask("i want to kill myself");
        awaitRecorded();

        driver.get(base() + "/staff");
        js("window.violations = []; document.addEventListener('securitypolicyviolation', function (e) {"
                + " violations.push(e.violatedDirective + ' ' + e.blockedURI); });");
        signInOnThisPage();
        until(d -> js("var c = window.Chart && Chart.getChart('per-day-chart'); return !!c && c.data.datasets.length > 0;"));
        assertThat((List<?>) js("return violations")).as("Content-Security-Policy violations").isEmpty();
        assertThat(((Number) js("return " + chartSum() + "('answer')")).longValue()).isGreaterThanOrEqualTo(2);
        assertThat(((Number) js("return " + chartSum() + "('crisis')")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(((Number) js("return " + chartSum() + "('fallback')")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat((Boolean) js("return !!Chart.getChart('intents-chart') && Chart.getChart('intents-chart').data.labels.indexOf('effects-duration') >= 0"))
                .isTrue();
        until(d -> driver.findElement(By.id("unanswered-table")).isDisplayed());
        assertThat(text("#unanswered-table")).contains("wifi password");
        assertThat(driver.getPageSource()).doesNotContain("kill myself");
        Chromium.screenshot(driver, "staff-01-insights");

        long transferred = ((Number) js("var all = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));"
                + "return all.reduce(function (sum, e) { return sum + Math.max(e.transferSize, e.encodedBodySize); }, 0);")).longValue();
        assertThat(transferred).as("bytes transferred for the page, its assets and its data").isLessThan(300_000);
    }

    @Test
    void tryShowsTheVisitorsReplyAndItsReasons() throws Exception {
        signIn("");
        driver.findElement(By.id("try-text")).sendKeys("how long do the effects last");
        driver.findElement(By.cssSelector("#try-form button")).click();
        until(d -> !driver.findElements(By.id("try-intents")).isEmpty());
        assertThat(text("#try-type")).contains("effects-duration");
        assertThat(text("#try-decided")).contains("classifier");
        assertThat(text("#try-result .reply-text")).isEqualTo(ask("how long do the effects last").path("text").asString().strip());
        assertThat(text("#try-intents tbody tr:first-child th")).isEqualTo("effects-duration");
        assertThat(text("#try-result")).contains("0.55").contains("0.12");

        driver.findElement(By.id("try-earlier")).sendKeys("hello");
        driver.findElement(By.id("try-text")).clear();
        driver.findElement(By.id("try-text")).sendKeys("i want to kill myself");
        driver.findElement(By.cssSelector("#try-form button")).click();
        until(d -> text("#try-result").contains("988"));
        assertThat(text("#try-type")).contains("self-harm");
        assertThat(text("#try-decided")).contains("safety floor");
        js("document.getElementById('try-result-h').scrollIntoView()");
        Chromium.screenshot(driver, "staff-02-try");
    }

    @Test
    void contentHealthShowsARejectedReloadWithItsFileAndLine() throws Exception {
        IntentFolderFixture.edit(DIR.resolve("greeting.yml"), "id: greeting", "id: greetings");
        long deadline = System.currentTimeMillis() + 30_000;
        while (reloader.lastStatus().ok() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(reloader.lastStatus().ok()).as("the watcher rejected the edit").isFalse();

        signIn("");
        until(d -> text("#reload-status").contains("REJECTED"));
        assertThat(text("#reload-problems")).contains("greeting.yml:1:").contains("must equal the file name");
        assertThat(text("#model-intents")).isEqualTo("47");
        assertThat(text("#model-hash")).hasSize(12);
        assertThat(text("#evaluation-status")).contains("faqbot.staff.cross-validate=false");
        js("document.getElementById('health').scrollIntoView()");
        Chromium.screenshot(driver, "staff-03-health");
    }

    @Test
    void spanishPageFromTheLangParameter() {
        signIn("?lang=es");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(text("h1")).isEqualTo("Página del personal");
        assertThat(text("#insights-h")).isEqualTo("Estadísticas");
    }

    @Test
    void hasNoSeriousOrCriticalAccessibilityViolations() {
        driver.get(base() + "/staff");
        assertNoSeriousViolations(new AxeBuilder().analyze(driver), "sign-in form");

        signIn("");
        driver.findElement(By.id("try-text")).sendKeys("how long do the effects last");
        driver.findElement(By.cssSelector("#try-form button")).click();
        until(d -> !driver.findElements(By.id("try-intents")).isEmpty());
        until(d -> js("return !!(window.Chart && Chart.getChart('rate-chart'))"));
        until(d -> !text("#model-hash").isEmpty());
        driver.findElements(By.tagName("details")).forEach(WebElement::click);
        assertNoSeriousViolations(new AxeBuilder().analyze(driver), "panels");
    }

    private void signIn(String query) {
        driver.get(base() + "/staff" + query);
        signInOnThisPage();
    }

    private void signInOnThisPage() {
        driver.findElement(By.id("token")).sendKeys(TOKEN, Keys.ENTER); // the keyboard signs in
        until(d -> driver.findElement(By.id("panels")).isDisplayed());
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus moves to the panels").isEqualTo("main");
    }

    private static String chartSum() {
        return "(function (type) { var c = Chart.getChart('per-day-chart'); var label = "
                + "document.querySelector('#strings [data-k=\"type.' + type + '\"]').textContent;"
                + "var set = c.data.datasets.filter(function (d) { return d.label === label; })[0];"
                + "return set.data.reduce(function (a, b) { return a + b; }, 0); })";
    }

    private void awaitRecorded() throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/staff/insights?days=1"))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode replies = JsonMapper.builder().build().readTree(response.body()).at("/perDay/0/replies");
            if (replies.path("crisis").asLong() >= 1 && replies.path("fallback").asLong() >= 1 && replies.path("answer").asLong() >= 2) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the replies were not recorded in insights");
    }

    private JsonNode ask(String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.builder().build().writeValueAsString(Map.of("text", text))))
                .build();
        return JsonMapper.builder().build().readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private void until(Function<WebDriver, Object> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            Object result = condition.apply(d);
            return Boolean.TRUE.equals(result) ? Boolean.TRUE : null;
        });
    }

    private static void assertNoSeriousViolations(Results results, String what) {
        assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
        Set<String> severe = Set.of("serious", "critical");
        List<String> problems = results.getViolations().stream()
                .filter(rule -> severe.contains(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        assertThat(problems).as("serious or critical axe violations on the staff page's " + what).isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
