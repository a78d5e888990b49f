package dev.faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The widget on a host page whose stylesheet does its worst ({@code * { all: unset !important }}, huge
 * fonts, a full-width banner at the top z-index, the host element itself hidden), embedded twice.
 */
@BrowserTest
class WidgetHostilePageBrowserTests extends OneBrowserPerClass {

    @LocalServerPort
    int port;

    @Test
    void staysIntactAndUsableUnderAHostileStylesheetAndLeavesThePageAlone() {
        WidgetPage widget = new WidgetPage(driver).loadFresh("http://localhost:" + port + "/hostile.html");

        assertThat(widget.js("return document.querySelectorAll('faqbot-widget').length")).as("loaded twice = once").isEqualTo(1L);
        assertThat(widget.js("return typeof window.FaqBotWidget.open")).isEqualTo("function");

        WebElement launcher = widget.launcher();
        assertThat(launcher.isDisplayed()).isTrue();
        assertThat(launcher.getSize().getWidth()).isEqualTo(60);
        assertThat(widget.js("var r = arguments[0].getBoundingClientRect();"
                + "return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2).localName", launcher))
                .as("nothing on the host page covers the launcher").isEqualTo("faqbot-widget");
        assertThat(widget.visible(".help[href='tel:988']")).isTrue();

        widget.open();
        WebElement panel = widget.find(".panel");
        assertThat(panel.getSize().getWidth()).isEqualTo(380);
        assertThat(widget.find("h2").getText()).isIn("Hostile test", "Second copy");
        assertThat(widget.js("return getComputedStyle(arguments[0]).fontSize", widget.find(".msg.bot"))).isEqualTo("15px");
        WebElement answer = widget.ask("how long do the effects last");
        assertThat(answer.getAttribute("data-intent")).isEqualTo("effects-duration");
        assertThat(answer.isDisplayed()).isTrue();
        assertThat(widget.visible(".help-in[href='tel:988']")).isTrue();
        Chromium.screenshot(driver, "hostile-page-open");

        @SuppressWarnings("unchecked")
        Map<String, Object> host = (Map<String, Object>) widget.js("return {"
                + "sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length,"
                + "styles: document.querySelectorAll('style').length,"
                + "added: Array.from(document.body.children).map(e => e.localName).filter(n => n !== 'script').join(','),"
                + "font: getComputedStyle(document.getElementById('host-text')).fontSize,"
                + "color: getComputedStyle(document.getElementById('host-text')).color }");
        assertThat(host).as("the host page is left as it was")
                .containsEntry("sheets", 1L).containsEntry("adopted", 0L).containsEntry("styles", 0L)
                .containsEntry("added", "div,h1,p,div,faqbot-widget")
                .containsEntry("font", "40px").containsEntry("color", "rgb(0, 255, 0)");
    }
}
