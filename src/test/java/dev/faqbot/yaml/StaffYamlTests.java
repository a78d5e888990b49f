package dev.faqbot.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffYamlTests {

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();
    private final ProblemSink sink = (line, message) -> problems.add(ProblemSink.render("staff.yml", line, message));

    @Test
    void valuesStayTheTextAsTypedWithTheirLines() throws IOException {
        Map<String, YamlNodes.Field> fields = StaffYaml.readMapping(write("title: yes\nexamples:\n  - no\n  - 988\n"), sink);

        assertThat(YamlNodes.text(fields.get("title"), sink)).isEqualTo(new YamlNodes.Text("yes", 1));
        assertThat(YamlNodes.texts(fields.get("examples"), sink))
                .containsExactly(new YamlNodes.Text("no", 3), new YamlNodes.Text("988", 4));
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnclosedListIsReportedWhereItOpens() throws IOException {
        assertThat(StaffYaml.readMapping(write("title: a\nfollowUps: [a, b\nanswer: c\n"), sink)).isNull();

        assertThat(problems).singleElement().asString().startsWith("staff.yml:2: not valid YAML: the list opened with '['");
    }

    @Test
    void aValueOfTheWrongShapeIsReportedAtItsLine() throws IOException {
        Map<String, YamlNodes.Field> fields = StaffYaml.readMapping(write("title:\n  - a\ntitle: b\n"), sink);

        assertThat(YamlNodes.text(fields.get("title"), sink)).isEqualTo(new YamlNodes.Text("b", 3));
        assertThat(problems).containsExactly("staff.yml:3: 'title' appears twice; keep one");
    }

    @Test
    void aMissingFileCannotBeRead() {
        assertThat(StaffYaml.compose(dir.resolve("nope.yml"), sink)).isNull();

        assertThat(problems).singleElement().asString().startsWith("staff.yml: cannot be read");
    }

    @Test
    void aBrokenResourceInTheJarThrowsWithItsName() {
        assertThatThrownBy(() -> StaffYaml.readResourceMapping("no/such.yml"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("no/such.yml: cannot be read");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("staff.yml"), yaml);
    }
}
