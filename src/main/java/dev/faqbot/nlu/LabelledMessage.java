package dev.faqbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A message with the label a person gave it, as in a development test set ({@code label<TAB>message}). */
record LabelledMessage(String label, String text) {

    /** The dev-set label for messages that must get the fallback reply. */
    public static final String OUT_OF_SCOPE = "out-of-scope";

    /** Reads a {@code label<TAB>message} file; blank lines and {@code #} comments are skipped. */
    public static List<LabelledMessage> readTsv(Path file) {
        try {
            List<LabelledMessage> messages = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalArgumentException(file + ": line without a TAB between label and message");
                }
                messages.add(new LabelledMessage(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
