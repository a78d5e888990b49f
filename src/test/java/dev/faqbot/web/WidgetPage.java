package dev.faqbot.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The widget as a visitor sees it, reached through its open shadow root. */
final class WidgetPage {

    /** Everything the bot adds to the conversation: bubbles, crisis cards, notes. */
    static final String REPLIES = ".log > .bot, .log > .crisis:not(.soft), .log > .note";

    private final WebDriver driver;
    private final WebDriverWait wait;

    WidgetPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens the URL with an empty sessionStorage (a new visitor) and waits for the widget. */
    /**
     * Opens the page as a new visitor. The tab's storage is cleared on a page of the same origin without
     * the widget: cleared under a live widget, its socket-close handler could write the old conversation back.
     */
    WidgetPage loadFresh(String url) {
        driver.get(URI.create(url).resolve("/actuator/health").toString());
        js("sessionStorage.clear()");
        driver.get(url);
        return awaitWidget();
    }

    /** Reloads the page and waits for the widget, and for its panel's opening animation if it reopens. */
    WidgetPage reload() {
        driver.navigate().refresh();
        awaitWidget();
        wait.until(d -> Long.valueOf(0).equals(js("return arguments[0].getAnimations().length", find(".panel"))));
        return this;
    }

    WidgetPage awaitWidget() {
        wait.until(d -> Boolean.TRUE.equals(js(
                "var h = document.querySelector('faqbot-widget');"
                        + "return !!(h && h.shadowRoot && h.shadowRoot.querySelector('.launcher'))")));
        return this;
    }

    SearchContext shadow() {
        return driver.findElement(By.cssSelector("faqbot-widget")).getShadowRoot();
    }

    WebElement find(String css) {
        return shadow().findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return shadow().findElements(By.cssSelector(css));
    }

    boolean visible(String css) {
        List<WebElement> found = findAll(css);
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    WebElement launcher() {
        return find(".launcher");
    }

    WebElement input() {
        return find("input");
    }

    boolean isOpen() {
        return find(".panel").isDisplayed();
    }

    /** Opens the panel and waits for the server's welcome (or the greeting) to be shown. */
    WidgetPage open() {
        if (!isOpen()) {
            launcher().click();
        }
        wait.until(d -> isOpen() && !findAll(REPLIES).isEmpty()
                && Long.valueOf(0).equals(js("return arguments[0].getAnimations().length", find(".panel"))));
        return this;
    }

    /** Types a question, sends it with Enter and returns the first reply that arrives for it. */
    WebElement ask(String question) {
        int before = replies().size();
        input().sendKeys(question, Keys.ENTER);
        return awaitReplyAfter(before);
    }

    WebElement awaitReplyAfter(int before) {
        wait.until(d -> replies().size() > before);
        return replies().get(before);
    }

    WebElement lastQuestion() {
        List<WebElement> questions = findAll(".log > .user");
        return questions.get(questions.size() - 1);
    }

    List<WebElement> replies() {
        return findAll(REPLIES);
    }

    /** The connection state the widget shows: idle, connecting, online, reconnecting or offline. */
    String state() {
        return (String) js("return document.querySelector('faqbot-widget').shadowRoot.querySelector('.fb').dataset.state");
    }

    String statusText() {
        return find(".stext").getText();
    }

    /** The class of the focused element inside the shadow root (null when focus is elsewhere). */
    String focusedClass() {
        return (String) js("var a = document.activeElement;"
                + "if (!a || a.localName !== 'faqbot-widget') return null;"
                + "var f = a.shadowRoot.activeElement; return f ? (f.className || f.localName) : null");
    }

    String text(WebElement element) {
        return (String) js("return arguments[0].textContent", element);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void until(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition);
    }
}
