package dev.faqbot.safety;

import dev.faqbot.yaml.ProblemSink;
import dev.faqbot.yaml.StaffYaml;
import dev.faqbot.yaml.YamlNodes;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed, reviewed crisis reply text per category (safety.md: warm, short, direct; no method or
 * dose details; no booking pitch; never a dead end). Never generated, never from the classifier.
 * A deployment may replace it with its own reviewed copy through {@code faqbot.crisis.copy.*}.
 */
public final class CrisisCopy {

    private static final Map<CrisisCategory, String> BUILT_IN = new EnumMap<>(Map.of(
            CrisisCategory.SELF_HARM,
            "I'm really glad you told me, and I'm sorry you're carrying this. You're not alone, and you can talk to "
                    + "someone right now: the lines below are free, confidential and open 24/7. If you might act on these "
                    + "thoughts or you're in danger, call 911 now. I'm still here if you want to keep talking.",
            CrisisCategory.HARM_TO_OTHERS,
            "Thank you for saying this; it sounds really intense right now. If anyone is in immediate danger, call 911 now. "
                    + "You can also reach a trained counselor any time, free and confidential, through the lines below.",
            CrisisCategory.ABUSE,
            "I'm sorry this is happening to you. You deserve to be safe, and you're not alone. If you're in danger right "
                    + "now, call 911. The lines below are free, confidential and open 24/7 if you want to talk to someone.",
            CrisisCategory.MEDICAL_EMERGENCY,
            "This may be a medical emergency. If someone is not breathing normally, has collapsed, is having a seizure or "
                    + "can't be woken, call 911 right now. For too much of a drug or a mix of drugs, Poison Control can help "
                    + "right away. The other lines below are there 24/7 too."));

    private final Map<CrisisCategory, String> copy;

    public CrisisCopy(CrisisProperties properties) {
        this.copy = new EnumMap<>(BUILT_IN);
        properties.copy().forEach((id, text) -> {
            if (text != null && !text.isBlank()) {
                CrisisCategory.fromId(id).ifPresent(c -> copy.put(c, text.strip()));
            }
        });
    }

    public String text(CrisisCategory category) {
        return copy.get(category);
    }

    /** The reviewed Spanish copy ({@code safety/crisis-copy-es.yml}) for a category. */
    public String spanishText(CrisisCategory category) {
        return SpanishCopy.TEXT.get(category.id());
    }

    /**
     * The lines in Spanish: same lines, numbers and order, with the Spanish name, detail and keyword of each line the
     * Spanish file knows (988 press 2 or AYUDA; Crisis Text Line AYUDA or WhatsApp); other lines stay as configured.
     * A Spanish keyword applies to any line that takes texts, also where the English line needs none (988: AYUDA).
     */
    public List<CrisisResource> spanish(List<CrisisResource> lines) {
        return lines.stream().map(r -> {
            Map<String, String> es = SpanishCopy.RESOURCES.get(r.id());
            if (es == null) {
                return r;
            }
            return new CrisisResource(r.id(), es.getOrDefault("name", r.name()), r.call(), r.sms(),
                    r.sms() == null ? null : es.getOrDefault("keyword", r.keyword()), r.url(),
                    es.getOrDefault("detail", r.detail()), r.categories());
        }).toList();
    }

    /** The Spanish copy file, read once. */
    private static final class SpanishCopy {
        static final String RESOURCE = "safety/crisis-copy-es.yml";
        static final Map<String, String> TEXT;
        static final Map<String, Map<String, String>> RESOURCES;

        static {
            ProblemSink problems = ProblemSink.failing(RESOURCE);
            Map<String, YamlNodes.Field> root = StaffYaml.readResourceMapping(RESOURCE);
            TEXT = Map.copyOf(YamlNodes.textBlock(required(root, "copy"), problems));
            Map<String, Map<String, String>> resources = new HashMap<>();
            for (YamlNodes.Field line : YamlNodes.fields(required(root, "resources"), problems).values()) {
                resources.put(line.key(), Map.copyOf(YamlNodes.textBlock(line, problems)));
            }
            RESOURCES = Map.copyOf(resources);
        }

        private static YamlNodes.Field required(Map<String, YamlNodes.Field> root, String key) {
            YamlNodes.Field field = root.get(key);
            if (field == null) {
                throw new IllegalStateException(RESOURCE + ": '" + key + "' is missing");
            }
            return field;
        }
    }
}
