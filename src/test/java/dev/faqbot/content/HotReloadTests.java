package dev.faqbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.chat.TestChatClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Staff edit the intents folder of a running server while visitors keep asking, one of them in crisis. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HotReloadTests {

    private static final Path DIR;
    private static final String STAFF_TOKEN = "staff-token-for-tests";

    static {
        try {
            DIR = IntentFolderFixture.copyShippedIntents(Files.createTempDirectory("faqbot-reload").resolve("intents"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void deleteTheCopy() throws IOException {
        FileSystemUtils.deleteRecursively(DIR.getParent());
    }

    @DynamicPropertySource
    static void intentsFolder(DynamicPropertyRegistry registry) {
        registry.add("faqbot.intents.dir", DIR::toString);
        registry.add("faqbot.intents.watch", () -> "true");
        registry.add("faqbot.limits.rate.enabled", () -> "false");
        registry.add("faqbot.insights.token", () -> STAFF_TOKEN);
    }

    @LocalServerPort
    int port;

    @Autowired
    IntentReloader reloader;

    @Test
    void validEditGoesLiveUnderLoadWithNoFailedReplyAndAnInvalidEditKeepsTheLastGoodModel() throws Exception {
        String marker = "Updated by staff " + System.nanoTime() + ".";
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger replies = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch sawNewAnswer = new CountDownLatch(1);
        ExecutorService visitors = Executors.newFixedThreadPool(6);
        for (int v = 0; v < 6; v++) {
            int visitor = v;
            visitors.submit(() -> {
                try (TestChatClient client = TestChatClient.connect(port)) {
                    client.next();
                    boolean inCrisis = visitor == 0;
                    for (int q = 0; running.get(); q++) {
                        if (inCrisis) {
                            // screening keeps working while the model is retrained and swapped
                            JsonNode reply = client.ask("i don't want to be alive anymore", visitor + "-" + q);
                            replies.incrementAndGet();
                            if (!"crisis".equals(reply.path("type").asString())) {
                                failures.add(reply.toString());
                            }
                            continue;
                        }
                        JsonNode reply = client.ask("how long do the effects of ketamine last", visitor + "-" + q);
                        replies.incrementAndGet();
                        if (!"effects-duration".equals(reply.path("intent").asString())) {
                            failures.add(reply.toString());
                        } else if (reply.path("text").asString().startsWith(marker)) {
                            sawNewAnswer.countDown();
                        }
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                }
                return null;
            });
        }
        Thread.sleep(500);

        IntentFolderFixture.edit(DIR.resolve("effects-duration.yml"), "answer: |\n  ", "answer: |\n  " + marker + " ");

        assertThat(sawNewAnswer.await(60, TimeUnit.SECONDS)).as("the edited answer is served").isTrue();
        long enough = System.currentTimeMillis() + 10_000; // the visitors go on asking across and after the swap
        while (replies.get() <= 50 && System.currentTimeMillis() < enough) {
            Thread.sleep(20);
        }
        running.set(false);
        visitors.shutdown();
        assertThat(visitors.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        assertThat(failures).as("failed or wrong replies during the reload").isEmpty();
        assertThat(replies.get()).isGreaterThan(50);

        IntentFolderFixture.edit(DIR.resolve("greeting.yml"), "id: greeting", "id: greetings");
        long deadline = System.currentTimeMillis() + 30_000;
        while (reloader.lastStatus().ok() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }

        assertThat(reloader.lastStatus().ok()).isFalse();
        assertThat(reloader.lastStatus().problems()).anyMatch(p -> p.contains("greeting.yml:1:") && p.contains("must equal the file name"));
        try (TestChatClient client = TestChatClient.connect(port)) {
            client.next();
            assertThat(client.ask("how long do the effects of ketamine last", "after").path("text").asString()).startsWith(marker);
            assertThat(client.ask("hello there", "hi").path("intent").asString()).isEqualTo("greeting");
        }
        URI healthUri = URI.create("http://localhost:" + port + "/actuator/health");
        String health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(healthUri)
                .header("Authorization", "Bearer " + STAFF_TOKEN).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(health).contains("\"UP\"").contains("rejected").contains("greeting.yml:1:");
        String publicHealth = HttpClient.newHttpClient().send(HttpRequest.newBuilder(healthUri).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(publicHealth).as("no file names or lines for anyone").isEqualTo("{\"status\":\"UP\"}");
        String info = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/info")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(info).contains("contentHash").contains("\"intentCount\":47");
    }
}
