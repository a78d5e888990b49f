package dev.faqbot.clinic;

import static dev.faqbot.clinic.ClinicLinks.isEmail;
import static dev.faqbot.clinic.ClinicLinks.isWebLink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value of every {@code {clinic.*}} and {@code {privacy.*}} placeholder in one language, from the settings and
 * the wording: the Spanish setting where one is given, and an empty setting read as its "please call us" line.
 */
record PlaceholderValues(ClinicProperties clinic, PrivacyFacts privacy, ClinicWording wording) {

    /** Placeholder name (without braces) to value in {@code lang}. */
    Map<String, String> in(String lang) {
        boolean es = ClinicAnswers.SPANISH.equals(lang);
        ClinicWording.Language words = wording.language(lang);
        ClinicProperties.Spanish t = clinic.es();
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("clinic.name", clinic.name());
        raw.put("clinic.phone", clinic.phone());
        raw.put("clinic.bookingUrl", clinic.bookingUrl());
        raw.put("clinic.hours", pick(es, t.hours(), clinic.hours()));
        raw.put("clinic.holidayNote", pick(es, t.holidayNote(), clinic.holidayNote()));
        raw.put("clinic.pricing", pick(es, t.pricing(), clinic.pricing()));
        raw.put("clinic.insurance", pick(es, t.insurance(), clinic.insurance()));
        raw.put("clinic.address", clinic.address());
        raw.put("clinic.parking", pick(es, t.parking(), clinic.parking()));
        raw.put("clinic.transit", pick(es, t.transit(), clinic.transit()));
        raw.put("clinic.accessibility", pick(es, t.accessibility(), clinic.accessibility()));
        raw.put("clinic.providers", providers(words, es));
        raw.put("clinic.services", items(words, es && !t.services().isEmpty() ? t.services() : clinic.services()));
        raw.put("clinic.servicesNotOffered", pick(es, t.servicesNotOffered(), clinic.servicesNotOffered()));
        raw.put("clinic.cancellationPolicy", pick(es, t.cancellationPolicy(), clinic.cancellationPolicy()));
        raw.put("clinic.telehealth", pick(es, t.telehealth(), clinic.telehealth()));
        raw.put("clinic.careers", careers(words));
        raw.put("clinic.careersEmail", clinic.careersEmail());
        raw.put("clinic.careersUrl", clinic.careersUrl());

        String phone = clinic.phone().isEmpty() ? words.get(words.empty(), "clinic.phone") : clinic.phone();
        Map<String, String> values = new LinkedHashMap<>();
        raw.forEach((name, value) -> {
            String filled = value.isEmpty() ? words.get(words.empty(), fallbackKey(name)) : value;
            values.put(name, Placeholders.fill(filled, Map.of("clinic.phone", phone)));
        });
        String days = Integer.toString(privacy.retentionDays());
        values.put("privacy.retentionDays", days);
        String kept = words.get(words.privacy(), privacy.storesUnansweredText() ? "text-kept" : "text-not-kept");
        values.put("privacy.unansweredQuestions", Placeholders.fill(kept, Map.of("privacy.retentionDays", days)));
        return values;
    }

    /** The careers e-mail and page share the careers line's fallback. */
    private static String fallbackKey(String placeholder) {
        return placeholder.equals("clinic.careersEmail") || placeholder.equals("clinic.careersUrl") ? "clinic.careers" : placeholder;
    }

    private String providers(ClinicWording.Language words, boolean es) {
        List<String> lines = new ArrayList<>();
        for (ClinicProperties.Provider p : clinic.providers()) {
            String who = p.credentials().isEmpty() ? p.name() : p.name() + ", " + p.credentials();
            String bio = es && !p.bioEs().isEmpty() ? p.bioEs() : p.bio();
            lines.add(bio.isEmpty() ? who : who + ": " + bio);
        }
        return items(words, lines);
    }

    private static String items(ClinicWording.Language words, List<String> items) {
        List<String> lines = new ArrayList<>();
        for (String item : items) {
            lines.add(Placeholders.fill(words.get(words.list(), "item"), Map.of("item", item)));
        }
        return String.join("\n", lines);
    }

    private String careers(ClinicWording.Language words) {
        boolean url = isWebLink(clinic.careersUrl());
        boolean email = isEmail(clinic.careersEmail());
        String key = url && email ? "url-and-email" : url ? "url" : email ? "email" : null;
        return key == null ? "" : Placeholders.fill(words.get(words.careers(), key),
                Map.of("url", clinic.careersUrl(), "email", clinic.careersEmail()));
    }

    private static String pick(boolean spanish, String spanishValue, String englishValue) {
        return spanish && !spanishValue.isEmpty() ? spanishValue : englishValue;
    }
}
