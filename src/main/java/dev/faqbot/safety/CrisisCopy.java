package dev.faqbot.safety;

import java.util.EnumMap;
import java.util.Map;

/**
 * The fixed, reviewed crisis reply text per category (safety.md: warm, short, direct; no method or
 * dose details; no booking pitch; never a dead end). Never generated, never from the classifier.
 * A deployment may replace it with its own reviewed copy through {@code faqbot.crisis.copy.*}.
 */
public final class CrisisCopy {

    private static final Map<CrisisCategory, String> BUILT_IN = new EnumMap<>(Map.of(
            CrisisCategory.SELF_HARM,
            "I'm really glad you told me, and I'm sorry you're carrying this. You're not alone, and you can talk to "
                    + "someone right now: the lines below are free, confidential and open 24/7. If you might act on these "
                    + "thoughts or you're in danger, call 911 now. I'm still here if you want to keep talking.",
            CrisisCategory.HARM_TO_OTHERS,
            "Thank you for saying this; it sounds really intense right now. If anyone is in immediate danger, call 911 now. "
                    + "You can also reach a trained counselor any time, free and confidential, through the lines below.",
            CrisisCategory.ABUSE,
            "I'm sorry this is happening to you. You deserve to be safe, and you're not alone. If you're in danger right "
                    + "now, call 911. The lines below are free, confidential and open 24/7 if you want to talk to someone.",
            CrisisCategory.MEDICAL_EMERGENCY,
            "This may be a medical emergency. If someone is not breathing normally, has collapsed, is having a seizure or "
                    + "can't be woken, call 911 right now. For too much of a drug or a mix of drugs, Poison Control can help "
                    + "right away. The other lines below are there 24/7 too."));

    private final Map<CrisisCategory, String> copy;

    public CrisisCopy(CrisisProperties properties) {
        this.copy = new EnumMap<>(BUILT_IN);
        properties.copy().forEach((id, text) -> {
            if (text != null && !text.isBlank()) {
                CrisisCategory.fromId(id).ifPresent(c -> copy.put(c, text.strip()));
            }
        });
    }

    public String text(CrisisCategory category) {
        return copy.get(category);
    }
}
