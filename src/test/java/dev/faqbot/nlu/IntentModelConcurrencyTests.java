package dev.faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.semantic.EmbeddingTable;
import dev.faqbot.semantic.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One shared model classifies correctly from many threads at once. */
class IntentModelConcurrencyTests {

    @Test
    void sharedModelGivesTheSameRankingUnderConcurrentUse() throws Exception {
        List<TrainingSet.Example> examples = new ArrayList<>();
        String[][] topics = {{"price", "cost", "how much", "fees", "pay", "expensive", "cheap", "money", "bill", "charge"},
                {"hello", "hi there", "hey", "good morning", "greetings", "howdy", "hiya", "yo", "good evening", "sup"},
                {"nausea", "dizzy", "side effects", "headache", "vomit", "blurry", "tired", "numb", "sick", "drowsy"}};
        String[] labels = {"cost", "greeting", "side-effects"};
        for (int t = 0; t < topics.length; t++) {
            for (String word : topics[t]) {
                examples.add(new TrainingSet.Example(labels[t], word, "en"));
                examples.add(new TrainingSet.Example(labels[t], "tell me about " + word, "en"));
            }
        }
        IntentModel model = IntentModel.train(new TrainingSet(examples), new ClassifierProperties(0.4, 0.4, 0.1, 1, 50, 0.1, ""),
                new SentenceEmbedder(0), new EmbeddingTable(null));
        List<String> questions = List.of("how much does it cost", "hi there friend", "i feel dizzy and sick", "what fees", "hey");
        List<Classification> expected = questions.stream().map(model::classify).toList();

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 64; task++) {
                results.add(pool.submit((Callable<Boolean>) () -> {
                    for (int round = 0; round < 200; round++) {
                        for (int q = 0; q < questions.size(); q++) {
                            if (!model.classify(questions.get(q)).equals(expected.get(q))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.get(0).ranked().get(0).label()).isEqualTo("cost");
        assertThat(expected.get(1).ranked().get(0).label()).isEqualTo("greeting");
        assertThat(expected.get(2).ranked().get(0).label()).isEqualTo("side-effects");
    }
}
