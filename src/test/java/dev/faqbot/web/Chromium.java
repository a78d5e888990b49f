package dev.faqbot.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through its ChromeDriver, both named explicitly so that Selenium
 * Manager never looks for (or downloads) a browser. One browser per test class.
 */
final class Chromium {

    /** Selenium warns on every start that it has no CDP for this Chromium: true, and not used here. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        CDP_LOG.setLevel(Level.SEVERE);
    }

    private Chromium() {
    }

    static WebDriver desktop() {
        WebDriver driver = start(options());
        driver.manage().window().setSize(new Dimension(1280, 900));
        return driver;
    }

    /** A 375 x 812 phone (iPhone X/11 Pro size) with touch, as Chrome's device emulation does it. */
    static WebDriver phone() {
        ChromeOptions options = options();
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", 375, "height", 812, "pixelRatio", 2.0, "touch", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/140.0 Mobile Safari/537.36"));
        return start(options);
    }

    private static ChromeOptions options() {
        Path profile;
        try {
            Path profiles = buildDirectory().resolve("chromium-profiles");
            Files.createDirectories(profiles);
            profile = Files.createTempDirectory(profiles, "profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(RequiresChromium.BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        return options;
    }

    private static WebDriver start(ChromeOptions options) {
        System.setProperty("webdriver.chrome.driver", RequiresChromium.DRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(RequiresChromium.DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Saves a screenshot as {@code <build dir>/screenshots/<name>.png} and returns the path. */
    static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = buildDirectory().resolve("screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Maven build directory ({@code target/}, or {@code -Dfaqbot.build.dir}): the parent of test-classes. */
    static Path buildDirectory() {
        try {
            Path classes = Path.of(Chromium.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
