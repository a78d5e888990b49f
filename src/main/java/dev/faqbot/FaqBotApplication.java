package dev.faqbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FaqBotApplication {
    public static void main(String[] args) {
        SpringApplication.run(FaqBotApplication.class, args);
    }
}
