package dev.faqbot.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application with no code of its own on the bot's dependencies (Jetty, WebSocket, actuator, JDBC,
 * Flyway, H2): {@link StartupTime} times its start-up as the floor of the stack the bot is built on.
 */
@SpringBootApplication
public class EmptySpringApplication {

    public static void main(String[] args) {
        SpringApplication.run(EmptySpringApplication.class, args);
    }
}
