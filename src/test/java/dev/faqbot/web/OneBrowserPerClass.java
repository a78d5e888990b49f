package dev.faqbot.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;

/** One desktop Chromium per test class, opened before its first test and closed after its last. */
abstract class OneBrowserPerClass {

    static WebDriver driver;

    @BeforeAll
    static void startBrowser() {
        driver = Chromium.desktop();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
