package dev.faqbot.intents;

import dev.faqbot.clinic.ClinicAnswers;
import dev.faqbot.clinic.ClinicProperties;
import dev.faqbot.clinic.PrivacyFacts;
import dev.faqbot.yaml.StaffYaml;
import dev.faqbot.yaml.YamlNodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads and validates the intents folder: every {@code <id>.yml} at its top level and
 * {@code out-of-scope/examples.yml}. An invalid set is rejected as a whole with every problem listed.
 */
public class IntentLoader {

    /** Off-topic training examples, relative to the intents folder. */
    public static final String OUT_OF_SCOPE_FILE = "out-of-scope/examples.yml";

    /** Crisis phrases staff can extend, relative to the intents folder (read by the safety feature). */
    public static final String CRISIS_FILE = "crisis/phrases.yml";

    /** More crisis messages that train the classifier's crisis classes, relative to the intents folder. */
    public static final String CRISIS_EXAMPLES_FILE = "crisis/examples.yml";

    private final ClinicAnswers clinic;

    /** Answers filled from these settings; the privacy answer claims the most storage (see {@link PrivacyFacts#unknown()}). */
    public IntentLoader(ClinicProperties clinic) {
        this(new ClinicAnswers(clinic, PrivacyFacts.unknown()));
    }

    /** Answers filled from the clinic's settings and this deployment's privacy facts, in each answer's language. */
    public IntentLoader(ClinicAnswers clinic) {
        this.clinic = clinic;
    }

    /** The clinic settings the answers are filled from. */
    public ClinicAnswers clinic() {
        return clinic;
    }

    /**
     * @throws IntentValidationException listing every problem when any file breaks a rule
     */
    public IntentCatalog load(Path dir) {
        List<IntentProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new IntentValidationException(List.of(new IntentProblem(dir.toString(), 0,
                    "the intents folder does not exist; set faqbot.intents.dir to the folder holding the <id>.yml files")));
        }
        List<Path> files = intentFiles(dir);
        IntentFileParser parser = new IntentFileParser();
        List<IntentFileParser.Parsed> parsed = new ArrayList<>();
        for (Path file : files) {
            IntentFileParser.Parsed one = parser.parse(file, display(dir, file), problems);
            if (one != null) {
                parsed.add(one);
            }
        }
        if (files.isEmpty()) {
            problems.add(new IntentProblem(dir.toString(), 0, "no intent files found; add <id>.yml files to this folder"));
        }
        Set<String> fileIds = new HashSet<>();
        files.forEach(f -> fileIds.add(f.getFileName().toString().replaceFirst("\\.yml$", "")));
        new IntentSetValidator(clinic.placeholderNames()).validate(parsed, fileIds, problems);
        List<String> outOfScope = outOfScope(dir, problems);
        if (!problems.isEmpty()) {
            throw new IntentValidationException(problems);
        }
        Map<String, Intent> intents = new LinkedHashMap<>();
        for (IntentFileParser.Parsed p : parsed) {
            Intent raw = p.intent();
            intents.put(raw.id(), new Intent(raw.id(), raw.title(), raw.examples(),
                    clinic.fill(raw.answer(), ClinicAnswers.ENGLISH), raw.followUps(), raw.sources(),
                    raw.reviewed(), raw.resources(), raw.es() == null ? null : new Intent.Translation(raw.es().title(),
                    raw.es().examples(), clinic.fill(raw.es().answer(), ClinicAnswers.SPANISH), raw.es().reviewed()),
                    raw.actions()));
        }
        return new IntentCatalog(intents, outOfScope, contentHash(dir), Instant.now());
    }

    private static List<String> outOfScope(Path dir, List<IntentProblem> problems) {
        Path file = dir.resolve(OUT_OF_SCOPE_FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        String name = display(dir, file);
        Map<String, YamlNodes.Field> fields = StaffYaml.readMapping(file, IntentProblem.sink(name, problems));
        if (fields == null) {
            return List.of();
        }
        YamlNodes.Field examples = fields.get("examples");
        if (examples == null) {
            problems.add(new IntentProblem(name, 1, "'examples' is missing; list off-topic messages under 'examples:'"));
            return List.of();
        }
        return YamlNodes.texts(examples, IntentProblem.sink(name, problems)).stream().map(t -> t.value().strip()).filter(s -> !s.isEmpty()).toList();
    }

    static List<Path> intentFiles(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".yml") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over the names and bytes of every .yml file below the folder, in a stable order. */
    public static String contentHash(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(p -> p.toString().endsWith(".yml") && Files.isRegularFile(p)).sorted().toList()) {
                digest.update(dir.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String display(Path dir, Path file) {
        Path name = dir.getFileName() == null ? file : dir.getFileName().resolve(dir.relativize(file));
        return name.toString().replace('\\', '/');
    }
}
