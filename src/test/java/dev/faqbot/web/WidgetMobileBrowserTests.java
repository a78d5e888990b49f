package dev.faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The widget on a 375 x 812 phone: a full-screen panel, the input on screen, the 988 link always there. */
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
}
