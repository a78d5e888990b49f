package dev.faqbot.clinic;

import static dev.faqbot.clinic.ClinicLinks.dialable;
import static dev.faqbot.clinic.ClinicLinks.isEmail;
import static dev.faqbot.clinic.ClinicLinks.isWebLink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What curated answers say about the clinic, in a given language: the value of every {@code {clinic.*}} and
 * {@code {privacy.*}} placeholder (an empty setting reads as its "please call us" line, never as a blank) and the
 * actions an intent file asks for. Built once from the settings ({@link PlaceholderValues}); wording lives in
 * {@code clinic/wording.yml}.
 */
public final class ClinicAnswers {

    public static final String ENGLISH = "en";
    public static final String SPANISH = "es";

    /** The action names an intent file may list under {@code actions:}. */
    public static final Set<String> ACTION_NAMES = Set.of("map", "call", "book", "careers");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");
    private static final Pattern LINK_OR_ADDRESS = Pattern.compile("$|\\S*[:@/]");

    /** A clinic setting as staff name it, the placeholder it fills and the action that needs it (either may be null). */
    public record Setting(String property, String placeholder, String action) {
    }

    /** Every setting an answer can use, in the order {@code validate} reports them. */
    public static final List<Setting> SETTINGS = List.of(
            new Setting("faqbot.clinic.name", "clinic.name", null),
            new Setting("faqbot.clinic.phone", "clinic.phone", "call"),
            new Setting("faqbot.clinic.booking-url", "clinic.bookingUrl", "book"),
            new Setting("faqbot.clinic.hours", "clinic.hours", null),
            new Setting("faqbot.clinic.holiday-note", "clinic.holidayNote", null),
            new Setting("faqbot.clinic.pricing", "clinic.pricing", null),
            new Setting("faqbot.clinic.insurance", "clinic.insurance", null),
            new Setting("faqbot.clinic.address", "clinic.address", null),
            new Setting("faqbot.clinic.map-url", null, "map"),
            new Setting("faqbot.clinic.parking", "clinic.parking", null),
            new Setting("faqbot.clinic.transit", "clinic.transit", null),
            new Setting("faqbot.clinic.accessibility", "clinic.accessibility", null),
            new Setting("faqbot.clinic.providers", "clinic.providers", null),
            new Setting("faqbot.clinic.services", "clinic.services", null),
            new Setting("faqbot.clinic.services-not-offered", "clinic.servicesNotOffered", null),
            new Setting("faqbot.clinic.cancellation-policy", "clinic.cancellationPolicy", null),
            new Setting("faqbot.clinic.telehealth", "clinic.telehealth", null),
            new Setting("faqbot.clinic.careers-url or faqbot.clinic.careers-email", "clinic.careers", "careers"));

    private final ClinicProperties clinic;
    private final ClinicWording wording;
    private final Map<String, Map<String, String>> placeholders = new LinkedHashMap<>();

    public ClinicAnswers(ClinicProperties clinic, PrivacyFacts privacy) {
        this.clinic = clinic;
        this.wording = ClinicWording.shipped();
        PlaceholderValues values = new PlaceholderValues(clinic, privacy, wording);
        for (String lang : List.of(ENGLISH, SPANISH)) {
            placeholders.put(lang, Map.copyOf(values.in(lang)));
        }
    }

    public ClinicProperties clinic() {
        return clinic;
    }

    /** Every placeholder name an answer may use (without braces). */
    public Set<String> placeholderNames() {
        return placeholders.get(ENGLISH).keySet();
    }

    /** Placeholder name to value in {@code lang} ("en" or "es"; anything else reads as English). */
    public Map<String, String> placeholders(String lang) {
        return placeholders.getOrDefault(lang, placeholders.get(ENGLISH));
    }

    /**
     * Fills the placeholders of a curated text in {@code lang}. A value that starts a line or a sentence starts with a
     * capital letter (a fallback line such as "please call ..." reads well after a label and on its own).
     */
    public String fill(String text, String lang) {
        Map<String, String> values = placeholders(lang);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String value = values.get(m.group(1));
            if (value == null) {
                out.append(m.group());
            } else {
                int lineStart = out.lastIndexOf("\n") + 1;
                String before = out.substring(lineStart).stripTrailing();
                boolean startsSentence = before.isEmpty() || before.endsWith(".") || before.endsWith("!") || before.endsWith("?");
                out.append(startsSentence && !LINK_OR_ADDRESS.matcher(value).lookingAt()
                        ? Character.toUpperCase(value.charAt(0)) + value.substring(1) : value);
            }
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /** The actions named (see {@link #ACTION_NAMES}), in {@code lang}; one whose setting is empty or not a link is left out. */
    public List<ClinicAction> actions(List<String> names, String lang) {
        ClinicWording.Language words = wording.language(lang);
        List<ClinicAction> actions = new ArrayList<>();
        for (String name : names) {
            switch (name) {
                case "map" -> {
                    if (isWebLink(clinic.mapUrl())) {
                        actions.add(ClinicAction.map(label(words, "map", lang), clinic.mapUrl()));
                    }
                }
                case "call" -> {
                    String number = dialable(clinic.phone());
                    if (!number.isEmpty()) {
                        actions.add(ClinicAction.call(label(words, "call", lang), number));
                    }
                }
                case "book" -> {
                    if (isWebLink(clinic.bookingUrl())) {
                        actions.add(ClinicAction.url(label(words, "book", lang), clinic.bookingUrl()));
                    }
                }
                case "careers" -> {
                    if (isWebLink(clinic.careersUrl())) {
                        actions.add(ClinicAction.url(label(words, "careers-url", lang), clinic.careersUrl()));
                    }
                    if (isEmail(clinic.careersEmail())) {
                        actions.add(ClinicAction.url(label(words, "careers-email", lang), "mailto:" + clinic.careersEmail()));
                    }
                }
                default -> throw new IllegalArgumentException("unknown action '" + name + "'; use one of " + ACTION_NAMES);
            }
        }
        return List.copyOf(actions);
    }

    /** The settings a clinic has left empty (or, for links, not filled with an http(s) link or e-mail address). */
    public List<Setting> unfilled() {
        List<Setting> unfilled = new ArrayList<>();
        for (Setting setting : SETTINGS) {
            boolean empty = switch (setting.property()) {
                case "faqbot.clinic.map-url" -> !isWebLink(clinic.mapUrl());
                case "faqbot.clinic.booking-url" -> !isWebLink(clinic.bookingUrl());
                case "faqbot.clinic.providers" -> clinic.providers().isEmpty();
                case "faqbot.clinic.services" -> clinic.services().isEmpty();
                case "faqbot.clinic.phone" -> dialable(clinic.phone()).isEmpty();
                case "faqbot.clinic.careers-url or faqbot.clinic.careers-email" ->
                        !isWebLink(clinic.careersUrl()) && !isEmail(clinic.careersEmail());
                default -> setting.placeholder() != null && englishValue(setting.placeholder()).isEmpty();
            };
            if (empty) {
                unfilled.add(setting);
            }
        }
        return unfilled;
    }

    private String englishValue(String placeholder) {
        return switch (placeholder) {
            case "clinic.name" -> clinic.name();
            case "clinic.hours" -> clinic.hours();
            case "clinic.holidayNote" -> clinic.holidayNote();
            case "clinic.pricing" -> clinic.pricing();
            case "clinic.insurance" -> clinic.insurance();
            case "clinic.address" -> clinic.address();
            case "clinic.parking" -> clinic.parking();
            case "clinic.transit" -> clinic.transit();
            case "clinic.accessibility" -> clinic.accessibility();
            case "clinic.servicesNotOffered" -> clinic.servicesNotOffered();
            case "clinic.cancellationPolicy" -> clinic.cancellationPolicy();
            case "clinic.telehealth" -> clinic.telehealth();
            default -> throw new IllegalArgumentException(placeholder);
        };
    }

    private String label(ClinicWording.Language words, String key, String lang) {
        return fill(words.get(words.actions(), key), lang);
    }
}
