package dev.faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The widget on a 375 x 812 phone: a full-screen panel, the input on screen, the 988 link always there, and an answer's
 * actions (protocol.md) as real links a visitor can tap, named for screen readers.
 */
@BrowserTest
class WidgetMobileBrowserTests {

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        driver = Chromium.phone();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void panelFillsThePhoneScreenWithTheInputAndCrisisLinkOnScreen() {
        WidgetPage widget = new WidgetPage(driver).loadFresh("http://localhost:" + port + "/");
        assertThat(widget.js("return innerWidth")).isEqualTo(375L);
        assertThat(widget.visible(".help[href='tel:988']")).as("988 link while closed").isTrue();
        Chromium.screenshot(driver, "mobile-01-closed");

        widget.open();
        @SuppressWarnings("unchecked")
        Map<String, Object> panel = (Map<String, Object>) widget.js(
                "var r = arguments[0].getBoundingClientRect(); return {x: r.x, y: r.y, w: r.width, h: r.height}",
                widget.find(".panel"));
        assertThat(((Number) panel.get("x")).intValue()).isZero();
        assertThat(((Number) panel.get("y")).intValue()).isZero();
        assertThat(((Number) panel.get("w")).intValue()).isEqualTo(375);
        assertThat(((Number) panel.get("h")).intValue()).isEqualTo(812);
        assertThat(widget.launcher().isDisplayed()).as("the panel's close button replaces the launcher").isFalse();
        Number inputBottom = (Number) widget.js("return arguments[0].getBoundingClientRect().bottom", widget.input());
        assertThat(inputBottom.doubleValue()).isLessThanOrEqualTo(812);
        assertThat(widget.visible(".help-in[href='tel:988']")).as("988 link while open").isTrue();
        Chromium.screenshot(driver, "mobile-02-open");

        widget.ask("how long do the effects last");
        Chromium.screenshot(driver, "mobile-03-answer");
        widget.ask("i want to kill myself");
        Chromium.screenshot(driver, "mobile-04-crisis");
        assertThat(widget.visible(".pin a[href='tel:988']")).isTrue();

        widget.find(".close").click();
        widget.until(d -> !widget.isOpen());
        assertThat(widget.launcher().isDisplayed()).isTrue();
        assertThat(widget.focusedClass()).isEqualTo("launcher");
        Chromium.screenshot(driver, "mobile-05-closed-after-crisis");
    }

    @Test
    void locationAnswerShowsAMapLinkAndTapToCallUnderTheBubble() {
        WidgetPage widget = new WidgetPage(driver).loadFresh("http://localhost:" + port + "/");
        widget.open();

        WebElement answer = widget.ask("how do i find your office, is there parking");
        assertThat(answer.getAttribute("data-intent")).isEqualTo("location-directions");

        WebElement group = widget.find(".log > .acts.cl");
        assertThat(group.getAttribute("role")).isEqualTo("group");
        List<WebElement> links = group.findElements(By.cssSelector("a"));
        assertThat(links).extracting(WebElement::getText).containsExactly("Open in maps", "Call (503) 555-0147");
        WebElement map = links.get(0);
        assertThat(map.getAttribute("href")).startsWith("https://www.openstreetmap.org/");
        assertThat(map.getAttribute("target")).isEqualTo("_blank");
        assertThat(map.getAttribute("rel")).contains("noopener");
        assertThat(map.getAttribute("aria-label")).isEqualTo("Open in maps (opens in a new tab)");
        assertThat(links.get(1).getAttribute("href")).isEqualTo("tel:5035550147");
        for (WebElement link : links) {
            assertThat(link.isDisplayed()).isTrue();
            assertThat(link.getRect().getHeight()).as("a touch target").isGreaterThanOrEqualTo(40);
            assertThat(link.getRect().getX() + link.getRect().getWidth()).as("on the phone's screen").isLessThanOrEqualTo(375);
        }
        Chromium.screenshot(driver, "clinic-actions-01-location");

        widget.ask("who are the clinicians");
        assertThat(widget.findAll(".log > .acts.cl").size()).as("the providers answer carries the booking page").isEqualTo(2);
        assertThat(widget.findAll(".log > .acts.cl").get(1).findElement(By.cssSelector("a")).getAttribute("href"))
                .isEqualTo("https://example.com/book");
    }
}
