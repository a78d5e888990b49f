package dev.faqbot.chat;

/** A tappable suggestion: the intent it asks for and the title shown on the chip. */
public record Option(String intent, String title) {
}
