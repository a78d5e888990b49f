package dev.faqbot.clinic;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedding clinic's own details ({@code faqbot.clinic.*}), filled into answers through
 * {@code {clinic.name}}-style placeholders and turned into answer actions (map, call, booking page). The demo
 * clinic's values are in {@code application.yml}; a setting left empty reads as a "please call us" line from
 * {@code clinic/wording.yml}, never as a blank.
 *
 * @param providers the clinicians shown by the {@code providers} answer
 * @param services what the clinic offers, one line each
 * @param servicesNotOffered a polite line about what it does not offer
 * @param careersUrl a jobs page; {@code careersEmail} where to send a CV (either or both)
 * @param es Spanish versions of the free-text settings; an empty one falls back to the English value
 */
@ConfigurationProperties("faqbot.clinic")
public record ClinicProperties(
        @DefaultValue("Riverbend Ketamine Clinic") String name,
        @DefaultValue("(503) 555-0147") String phone,
        @DefaultValue("https://example.com/book") String bookingUrl,
        @DefaultValue("Monday to Friday, 8 am to 6 pm") String hours,
        @DefaultValue("Prices depend on the treatment plan; our team gives you an exact quote at your consultation.") String pricing,
        @DefaultValue("Ketamine infusions are usually not covered by insurance; Spravato often is. We provide receipts for out-of-network claims.") String insurance,
        String address,
        String mapUrl,
        String parking,
        String transit,
        String accessibility,
        String holidayNote,
        List<Provider> providers,
        List<String> services,
        String servicesNotOffered,
        String cancellationPolicy,
        String telehealth,
        String careersUrl,
        String careersEmail,
        Spanish es) {

    /** One clinician: name, credentials (e.g. "MD, board-certified psychiatrist") and a short bio ({@code bio-es} in Spanish). */
    public record Provider(String name, String credentials, String bio, String bioEs) {
        public Provider {
            name = text(name);
            credentials = text(credentials);
            bio = text(bio);
            bioEs = text(bioEs);
        }
    }

    /** Spanish versions of the free-text settings ({@code faqbot.clinic.es.*}); empty ones use the English value. */
    public record Spanish(String hours, String pricing, String insurance, String parking, String transit, String accessibility,
                          String holidayNote, List<String> services, String servicesNotOffered, String cancellationPolicy,
                          String telehealth) {
        public Spanish {
            hours = text(hours);
            pricing = text(pricing);
            insurance = text(insurance);
            parking = text(parking);
            transit = text(transit);
            accessibility = text(accessibility);
            holidayNote = text(holidayNote);
            services = lines(services);
            servicesNotOffered = text(servicesNotOffered);
            cancellationPolicy = text(cancellationPolicy);
            telehealth = text(telehealth);
        }

        static Spanish none() {
            return new Spanish(null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    @ConstructorBinding
    public ClinicProperties {
        name = text(name);
        phone = text(phone);
        bookingUrl = text(bookingUrl);
        hours = text(hours);
        pricing = text(pricing);
        insurance = text(insurance);
        address = text(address);
        mapUrl = text(mapUrl);
        parking = text(parking);
        transit = text(transit);
        accessibility = text(accessibility);
        holidayNote = text(holidayNote);
        providers = providers == null ? List.of() : providers.stream().filter(p -> p != null && !p.name().isEmpty()).toList();
        services = lines(services);
        servicesNotOffered = text(servicesNotOffered);
        cancellationPolicy = text(cancellationPolicy);
        telehealth = text(telehealth);
        careersUrl = text(careersUrl);
        careersEmail = text(careersEmail);
        es = es == null ? Spanish.none() : es;
    }

    /** The first six settings only (the rest empty): the shape older callers and tests use. */
    public ClinicProperties(String name, String phone, String bookingUrl, String hours, String pricing, String insurance) {
        this(name, phone, bookingUrl, hours, pricing, insurance, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** Placeholder name (without braces) to its English value, e.g. {@code clinic.phone -> (555) 010-0199}; empty settings read as their fallback line. */
    public Map<String, String> placeholders() {
        return new ClinicAnswers(this, PrivacyFacts.unknown()).placeholders(ClinicAnswers.ENGLISH);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> lines(List<String> values) {
        return values == null ? List.of() : values.stream().map(ClinicProperties::text).filter(s -> !s.isEmpty()).toList();
    }
}
