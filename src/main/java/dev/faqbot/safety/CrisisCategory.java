package dev.faqbot.safety;

import java.util.Arrays;
import java.util.Optional;

/** The four kinds of crisis that safety.md defines, each with its wire id. */
public enum CrisisCategory {
    SELF_HARM("self-harm"),
    HARM_TO_OTHERS("harm-to-others"),
    ABUSE("abuse"),
    MEDICAL_EMERGENCY("medical-emergency");

    private final String id;

    CrisisCategory(String id) {
        this.id = id;
    }

    /** The id used on the wire and in the crisis phrase file, e.g. {@code self-harm}. */
    public String id() {
        return id;
    }

    /** Every id, for messages that tell staff what they may write: {@code self-harm, harm-to-others, ...}. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(CrisisCategory::id).toList());
    }

    public static Optional<CrisisCategory> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
