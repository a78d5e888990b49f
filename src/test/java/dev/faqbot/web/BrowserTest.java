package dev.faqbot.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A real-browser test of the widget against the real application on a random port. Every class with
 * this annotation shares one application context (same configuration) and opens one browser.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith(RequiresChromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {BrowserTest.STATIC_TEST_PAGES, BrowserTest.IN_MEMORY_DATABASE})
public @interface BrowserTest {

    /** Serves the test-only pages (the hostile host page) beside the real ones. */
    String STATIC_TEST_PAGES = "spring.web.resources.static-locations=classpath:/static/,classpath:/static-test/";

    /** Keeps the insights database out of ./data (and free for another instance in the same JVM). */
    String IN_MEMORY_DATABASE = "spring.datasource.url=jdbc:h2:mem:widget-browser-tests;DB_CLOSE_DELAY=-1";
}
