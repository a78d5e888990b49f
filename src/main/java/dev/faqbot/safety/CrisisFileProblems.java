package dev.faqbot.safety;

import dev.faqbot.yaml.ProblemSink;
import dev.faqbot.yaml.YamlNodes;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The problems found in one crisis file, each as {@code file:line: message}, thrown together once it is read. */
final class CrisisFileProblems implements ProblemSink {

    private final String file;
    private final List<String> problems = new ArrayList<>();

    CrisisFileProblems(String file) {
        this.file = file;
    }

    @Override
    public void add(int line, String message) {
        problems.add(ProblemSink.render(file, line, message));
    }

    /** The key of a mapping entry, or null with a problem when it is not plain text. */
    String key(NodeTuple tuple) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
            return key.getValue();
        }
        add(YamlNodes.line(tuple.getKeyNode()), "keys must be plain words such as 'self-harm:'");
        return null;
    }

    /** @throws CrisisRulesException with every problem found, when there is one */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new CrisisRulesException(problems);
        }
    }
}
