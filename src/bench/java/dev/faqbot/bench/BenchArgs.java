package dev.faqbot.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name=value} and {@code --flag} options of the plain benchmark mains; whatever follows {@code --} is kept as is. */
final class BenchArgs {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> rest = new ArrayList<>();

    BenchArgs(String[] args) {
        boolean passOn = false;
        for (String arg : args) {
            if (passOn) {
                rest.add(arg);
            } else if (arg.equals("--")) {
                passOn = true;
            } else if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
            } else {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
        }
    }

    String string(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return Integer.parseInt(string(name, Integer.toString(fallback)));
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(string(name, "false"));
    }

    /** The arguments after {@code --} (passed on to the server by {@link StartupTime}). */
    List<String> rest() {
        return rest;
    }
}
