package dev.faqbot.clinic;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedding clinic's own details ({@code faqbot.clinic.*}), filled into answers through
 * {@code {clinic.name}}-style placeholders. The defaults describe a demo clinic so the bot runs
 * with no configuration.
 */
@ConfigurationProperties("faqbot.clinic")
public record ClinicProperties(
        @DefaultValue("Riverbend Ketamine Clinic") String name,
        @DefaultValue("(555) 010-0199") String phone,
        @DefaultValue("https://example.com/book") String bookingUrl,
        @DefaultValue("Monday to Friday, 8 am to 6 pm") String hours,
        @DefaultValue("Prices depend on the treatment plan; our team gives you an exact quote at your consultation.") String pricing,
        @DefaultValue("Ketamine infusions are usually not covered by insurance; Spravato often is. We provide receipts for out-of-network claims.") String insurance) {

    /** Placeholder name (without braces) to value, e.g. {@code clinic.phone -> (555) 010-0199}. */
    public Map<String, String> placeholders() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("clinic.name", name);
        values.put("clinic.phone", phone);
        values.put("clinic.bookingUrl", bookingUrl);
        values.put("clinic.hours", hours);
        values.put("clinic.pricing", pricing);
        values.put("clinic.insurance", insurance);
        return values;
    }
}
