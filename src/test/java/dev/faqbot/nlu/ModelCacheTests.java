package dev.faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCacheTests {

    private static final ClassifierProperties SETTINGS = new ClassifierProperties(0.5, 0.12, 1, 30, 0.3, "");

    @TempDir
    Path dir;

    @Test
    void sameContentLoadsTheCachedModelAndAnyEditTrainsAgain() throws IOException {
        ModelCache cache = new ModelCache(dir);
        AtomicInteger trainings = new AtomicInteger();
        TrainingSet set = set("tell me the price");

        IntentModel first = cache.getOrTrain(set, SETTINGS, () -> train(set, trainings));
        IntentModel again = cache.getOrTrain(set, SETTINGS, () -> train(set, trainings));

        assertThat(trainings.get()).isEqualTo(1);
        assertThat(again.classify("how much does it cost")).isEqualTo(first.classify("how much does it cost"));
        assertThat(again.classify("hi there").ranked().get(0).label()).isEqualTo("greeting");

        TrainingSet edited = set("what is the fee");
        cache.getOrTrain(edited, SETTINGS, () -> train(edited, trainings));
        assertThat(trainings.get()).isEqualTo(2);
    }

    @Test
    void aBrokenCacheFileIsRetrainedNotFatal() throws IOException {
        ModelCache cache = new ModelCache(dir);
        AtomicInteger trainings = new AtomicInteger();
        TrainingSet set = set("tell me the price");
        cache.getOrTrain(set, SETTINGS, () -> train(set, trainings));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.writeString(file, "not a model");
            }
        }

        IntentModel model = cache.getOrTrain(set, SETTINGS, () -> train(set, trainings));

        assertThat(trainings.get()).isEqualTo(2);
        assertThat(model.classify("how much does it cost").ranked().get(0).label()).isEqualTo("cost");
    }

    private static IntentModel train(TrainingSet set, AtomicInteger trainings) {
        trainings.incrementAndGet();
        return IntentModel.train(set, SETTINGS);
    }

    private static TrainingSet set(String extraCostExample) {
        List<TrainingSet.Example> examples = new ArrayList<>();
        for (String text : List.of("how much does it cost", "price", "what are the fees", "is it expensive", extraCostExample)) {
            examples.add(new TrainingSet.Example("cost", text));
        }
        for (String text : List.of("hi", "hello there", "good morning", "hey", "hi there")) {
            examples.add(new TrainingSet.Example("greeting", text));
        }
        return new TrainingSet(examples);
    }
}
