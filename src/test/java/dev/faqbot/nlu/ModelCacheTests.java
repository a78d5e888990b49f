package dev.faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.semantic.SentenceEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCacheTests {

    private static final ClassifierProperties SETTINGS = new ClassifierProperties(0.5, 0.5, 0.12, 1, 30, 0.3, "");
    private static final SentenceEmbedder EMBEDDER = new SentenceEmbedder(100);

    @TempDir
    Path dir;

    @Test
    void sameContentLoadsBothCachedHalvesAndAnyEditTrainsAgain() throws IOException {
        ModelCache cache = new ModelCache(dir);
        TrainingSet set = set("tell me the price");

        IntentModel first = cache.getOrTrain(set, SETTINGS, EMBEDDER);
        Map<Path, FileTime> trained = models();
        IntentModel again = cache.getOrTrain(set, SETTINGS, EMBEDDER);

        assertThat(trained.keySet()).extracting(p -> p.getFileName().toString().replaceAll("-[0-9a-f]{64}\\.bin", ""))
                .containsExactlyInAnyOrder("intents", "intents-meaning");
        assertThat(models()).isEqualTo(trained);
        assertThat(again.classify("how much does it cost")).isEqualTo(first.classify("how much does it cost"));
        assertThat(again.classify("hi there").ranked().get(0).label()).isEqualTo("greeting");

        cache.getOrTrain(set("what is the fee"), SETTINGS, EMBEDDER);
        assertThat(models()).hasSize(4);
    }

    @Test
    void eachKindKeepsItsOwnRecentModels() throws IOException {
        ModelCache cache = new ModelCache(dir);
        for (String edit : List.of("what is the fee", "how pricey", "the cost please")) {
            cache.getOrTrain(set(edit), SETTINGS, EMBEDDER);
        }

        // the word models' pruning ("intents-<hash>") leaves the meaning models ("intents-meaning-<hash>") alone
        assertThat(models().keySet()).extracting(p -> p.getFileName().toString().replaceAll("-[0-9a-f]{64}\\.bin", ""))
                .containsExactlyInAnyOrder("intents", "intents", "intents", "intents-meaning", "intents-meaning", "intents-meaning");
    }

    @Test
    void aBrokenCacheFileIsRetrainedNotFatal() throws IOException {
        ModelCache cache = new ModelCache(dir);
        TrainingSet set = set("tell me the price");
        cache.getOrTrain(set, SETTINGS, EMBEDDER);
        for (Path file : models().keySet()) {
            Files.writeString(file, "not a model");
        }

        IntentModel model = cache.getOrTrain(set, SETTINGS, EMBEDDER);

        assertThat(model.classify("how much does it cost").ranked().get(0).label()).isEqualTo("cost");
        assertThat(model.classify("what do i pay for a session").ranked().get(0).label()).isEqualTo("cost");
    }

    /** The trained model files in the cache folder and when each was written. */
    private Map<Path, FileTime> models() throws IOException {
        Map<Path, FileTime> models = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("intents")).toList()) {
                models.put(file, Files.getLastModifiedTime(file));
            }
        }
        return models;
    }

    private static TrainingSet set(String extraCostExample) {
        List<TrainingSet.Example> examples = new ArrayList<>();
        for (String text : List.of("how much does it cost", "price", "what are the fees", "is it expensive", extraCostExample)) {
            examples.add(new TrainingSet.Example("cost", text, "en"));
        }
        for (String text : List.of("hi", "hello there", "good morning", "hey", "hi there")) {
            examples.add(new TrainingSet.Example("greeting", text, "en"));
        }
        return new TrainingSet(examples);
    }
}
