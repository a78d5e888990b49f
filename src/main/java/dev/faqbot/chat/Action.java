package dev.faqbot.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A tappable part of an answer (protocol.md, "Structured answer parts"): a phone number to call or a page to open,
 * built from the clinic's configuration, so a visitor on a phone need not copy them out of the text. Exactly one of
 * {@code call} (a dialable string) and {@code url} is set; the answer's text still reads completely without it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Action(String label, String call, String url) {

    public Action {
        Objects.requireNonNull(label, "label must not be null");
        if ((call == null) == (url == null)) {
            throw new IllegalArgumentException("an action has either call or url");
        }
    }

    static Action call(String label, String number) {
        return new Action(label, number, null);
    }

    static Action open(String label, String url) {
        return new Action(label, null, url);
    }
}
