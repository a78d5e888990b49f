package dev.faqbot.safety;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A crisis line shown on the crisis card, as protocol.md defines it. {@code call} and {@code sms}
 * are dialable strings; {@code keyword} is what to text where a line needs one (HOME to 741741).
 *
 * @param categories the crisis categories this line is shown for; empty means all of them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CrisisResource(String id, String name, String call, String sms, String keyword, String url, String detail,
                             @JsonIgnore List<String> categories) {

    private static final Pattern DIALABLE = Pattern.compile("\\+?[0-9][0-9 ()\\-]*[0-9]|[0-9]");

    public CrisisResource {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a crisis resource needs an id");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("crisis resource '" + id + "' needs a name");
        }
        boolean canCall = call != null && DIALABLE.matcher(call).matches();
        boolean canText = sms != null && DIALABLE.matcher(sms).matches();
        if (!canCall && !canText) {
            throw new IllegalArgumentException("crisis resource '" + id
                    + "' needs a dialable 'call' or 'sms' number (digits, spaces, +, -, parentheses)");
        }
        if (call != null && !canCall || sms != null && !canText) {
            throw new IllegalArgumentException("crisis resource '" + id + "' has a number that cannot be dialled: "
                    + (call != null && !canCall ? call : sms));
        }
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** Whether this line is shown for the given category. */
    public boolean appliesTo(CrisisCategory category) {
        return categories.isEmpty() || categories.contains(category.id());
    }
}
