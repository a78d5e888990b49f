package dev.faqbot.clinic;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A button on an answer (protocol.md, "Structured answer parts"): a label and exactly one of {@code call} (a dialable
 * number), {@code url} (a web page or {@code mailto:}) or {@code map} (a map link).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClinicAction(String label, String call, String url, String map) {

    public ClinicAction {
        Objects.requireNonNull(label, "label must not be null");
        int targets = (call == null ? 0 : 1) + (url == null ? 0 : 1) + (map == null ? 0 : 1);
        if (targets != 1) {
            throw new IllegalArgumentException("an action has exactly one of call, url, map; had " + targets);
        }
    }

    static ClinicAction call(String label, String number) {
        return new ClinicAction(label, number, null, null);
    }

    static ClinicAction url(String label, String url) {
        return new ClinicAction(label, null, url, null);
    }

    static ClinicAction map(String label, String url) {
        return new ClinicAction(label, null, null, url);
    }
}
