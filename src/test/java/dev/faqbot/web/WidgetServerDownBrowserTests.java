package dev.faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.FaqBotApplication;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server goes away under an open widget: the 988 link stays, the widget says it is offline, a
 * question typed meanwhile waits in the queue and is answered once the server is back on the same port.
 * Starts and stops its own application (the shared test context must stay up for the other classes).
 */
@Tag("browser")
@ExtendWith(RequiresChromium.class)
class WidgetServerDownBrowserTests {

    private static ConfigurableApplicationContext app;
    private static WebDriver driver;
    private static int port;

    @BeforeAll
    static void start() {
        app = startServer(0);
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        driver = Chromium.desktop();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    private static ConfigurableApplicationContext startServer(int port) {
        return new SpringApplicationBuilder(FaqBotApplication.class).run(
                "--server.port=" + port,
                "--server.shutdown=immediate",
                "--spring.datasource.url=jdbc:h2:mem:widget-down-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void keepsTheCrisisLinkAndQueuesQuestionsWhileTheServerIsDown() {
        WidgetPage widget = new WidgetPage(driver).loadFresh("http://localhost:" + port + "/");
        widget.open();
        widget.ask("how long do the effects last");
        assertThat(widget.state()).isEqualTo("online");

        app.close();
        app = null;

        widget.until(d -> widget.state().equals("offline"));
        assertThat(widget.statusText()).startsWith("Offline");
        assertThat(widget.visible(".help-in[href='tel:988']")).as("988 link in the open panel").isTrue();
        int before = widget.replies().size();
        widget.input().sendKeys("how much does it cost\n");
        widget.until(d -> !widget.findAll(".log > .user:last-of-type .wait").isEmpty());
        Chromium.screenshot(driver, "desktop-06-server-down");

        widget.find(".close").click();
        widget.until(d -> !widget.isOpen());
        assertThat(widget.visible(".help[href='tel:988']")).as("988 link with the panel closed").isTrue();
        Chromium.screenshot(driver, "desktop-07-server-down-closed");

        app = startServer(port);
        widget.js("window.dispatchEvent(new Event('online'))"); // as the browser does when the network returns
        widget.until(d -> widget.state().equals("online"));
        WebElement reply = widget.awaitReplyAfter(before);
        assertThat(reply.getAttribute("data-type")).isIn("answer", "fallback", "clarify");
        assertThat(widget.findAll(".log .wait")).isEmpty();
        assertThat(widget.find(".badge").isDisplayed()).as("unread badge while closed").isTrue();
    }
}
