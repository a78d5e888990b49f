package dev.faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An answer's actions (protocol.md) on a 375 x 812 phone: real links a visitor can tap, named for screen readers. */
@BrowserTest
class WidgetClinicActionsBrowserTests {

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
    void locationAnswerShowsAMapLinkAndTapToCallUnderTheBubble() {
        WidgetPage widget = new WidgetPage(driver).loadFresh("http://localhost:" + port + "/");
        widget.open();

        WebElement answer = widget.ask("how do i find your office, is there parking");
        assertThat(answer.getAttribute("data-intent")).isEqualTo("location-directions");

        WebElement group = widget.find(".log > .acts.cl");
        assertThat(group.getAttribute("role")).isEqualTo("group");
        List<WebElement> links = group.findElements(org.openqa.selenium.By.cssSelector("a"));
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
        assertThat(widget.findAll(".log > .acts.cl").get(1).findElement(org.openqa.selenium.By.cssSelector("a")).getAttribute("href"))
                .isEqualTo("https://example.com/book");
    }
}
