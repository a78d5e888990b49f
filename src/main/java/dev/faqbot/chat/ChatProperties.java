package dev.faqbot.chat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The bot's own lines ({@code faqbot.chat.*}); {@code {clinic.*}} placeholders are filled in. */
@ConfigurationProperties("faqbot.chat")
public record ChatProperties(
        @DefaultValue("Hi! I'm the virtual assistant of {clinic.name}. Ask me anything about ketamine treatment, or tap a topic below.")
        String welcome,
        @DefaultValue("General information only, not medical advice. In an emergency call 911; in crisis call or text 988.")
        String disclaimer,
        @DefaultValue("I'm not sure I can answer that one. I can help with common questions about ketamine treatment, or you can reach our team at {clinic.phone} ({clinic.hours}).")
        String fallback,
        @DefaultValue("I want to make sure I answer the right question. Did you mean one of these?")
        String clarify,
        @DefaultValue("Sorry, I had trouble with that question just now. Please try again, or call our team at {clinic.phone}.")
        String unavailable) {
}
