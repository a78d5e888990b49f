package dev.faqbot;

import dev.faqbot.cli.Usage;
import dev.faqbot.safety.CrisisRules;
import dev.faqbot.semantic.SentenceEmbedder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the chat server, or, when the first argument is a command name ({@code evaluate},
 * {@code validate}, {@code try}, ...), runs that staff command without a web server and exits;
 * {@code --help} or {@code help} prints the usage without starting anything.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FaqBotApplication {

    public static void main(String[] args) {
        if (Usage.asked(args)) {
            Usage.print(System.out);
            return;
        }
        // what every reply needs and no setting changes loads beside Spring's own start-up, from the first moment
        SentenceEmbedder.startLoading();
        CrisisRules.startReadingFloors();
        SpringApplication app = new SpringApplication(FaqBotApplication.class);
        if (args.length > 0 && !args[0].startsWith("-")) {
            // the AOT-processed context is the web server's (conditions fixed at build time): commands run without it
            System.setProperty("spring.aot.enabled", "false");
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("command");
            System.exit(SpringApplication.exit(app.run(args)));
        }
        app.run(args);
    }
}
