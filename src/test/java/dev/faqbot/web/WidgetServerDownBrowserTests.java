package dev.faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The server goes away under an open widget: the 988 link stays, the widget says it is offline, a
 * question typed meanwhile waits in the queue and is answered once the server is back on the same port.
 * The server is taken down by stopping its HTTP connector (the listening socket closes and every open
 * connection drops, exactly what a browser sees of a dead server) and brought back the same way, so
 * the shared, already trained application context serves the other browser test classes unchanged.
 */
@BrowserTest
class WidgetServerDownBrowserTests extends OneBrowserPerClass {

    @Autowired
    WebServerApplicationContext context;

    private ServerConnector connector;
    private int port;

    @AfterEach
    void serverBackUp() throws Exception {
        if (connector != null && !connector.isStarted()) {
            startServer();
        }
    }

    private void stopServer() throws Exception {
        connector = (ServerConnector) ((JettyWebServer) context.getWebServer()).getServer().getConnectors()[0];
        port = connector.getLocalPort();
        connector.stop();
    }

    private void startServer() throws Exception {
        connector.setPort(port);
        connector.start();
    }

    @Test
    void keepsTheCrisisLinkAndQueuesQuestionsWhileTheServerIsDown() throws Exception {
        int serverPort = context.getWebServer().getPort();
        WidgetPage widget = new WidgetPage(driver).loadFresh("http://localhost:" + serverPort + "/");
        widget.open();
        widget.ask("how long do the effects last");
        assertThat(widget.state()).isEqualTo("online");

        stopServer();
        widget.until(d -> widget.state().equals("offline"));
        assertThat(widget.statusText()).startsWith("Offline");
        assertThat(widget.visible(".help-in[href='tel:988']")).as("988 link in the open panel").isTrue();
        int before = widget.replies().size();
        widget.input().sendKeys("how much does it cost\n");
        widget.until(d -> widget.lastQuestion().getText().contains("Waiting to send"));
        Chromium.screenshot(driver, "desktop-06-server-down");

        widget.find(".close").click();
        widget.until(d -> !widget.isOpen());
        assertThat(widget.visible(".help[href='tel:988']")).as("988 link with the panel closed").isTrue();
        Chromium.screenshot(driver, "desktop-07-server-down-closed");

        startServer();
        widget.js("window.dispatchEvent(new Event('online'))"); // as the browser does when the network returns
        widget.until(d -> widget.state().equals("online"));
        WebElement reply = widget.awaitReplyAfter(before);
        assertThat(reply.getAttribute("data-type")).isIn("answer", "fallback", "clarify");
        assertThat(widget.findAll(".log .wait")).isEmpty();
        assertThat(widget.find(".badge").isDisplayed()).as("unread badge while closed").isTrue();
    }
}
