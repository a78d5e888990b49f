package dev.faqbot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The shipped crisis-line configurations bind, dial, and cannot be emptied. */
class CrisisLinesConfigurationTests {

    @ParameterizedTest
    @CsvSource({"application.yml, 911;988;crisis-text-line;poison-control", "application-ca.yml, 911;988;kids-help-phone",
            "application-uk.yml, 999;shout"})
    void shippedProfilesListDialableLinesInOrder(String file, String ids) throws IOException {
        CrisisProperties crisis = bind(file);

        assertThat(crisis.resources()).extracting(CrisisResource::id).containsExactly(ids.split(";"));
        assertThat(crisis.resources()).allMatch(r -> r.call() != null || r.sms() != null);
    }

    @Test
    void usDefaultShowsPoisonControlOnlyForMedicalEmergencies() throws IOException {
        CrisisResource poison = bind("application.yml").resources().get(3);

        assertThat(poison.appliesTo(CrisisCategory.MEDICAL_EMERGENCY)).isTrue();
        assertThat(poison.appliesTo(CrisisCategory.SELF_HARM)).isFalse();
        assertThat(poison.call()).isEqualTo("1-800-222-1222");
    }

    @Test
    void ukProfileReplacesTheCopyThatNamesTheEmergencyNumber() throws IOException {
        CrisisCopy copy = new CrisisCopy(bind("application-uk.yml"));

        for (CrisisCategory category : CrisisCategory.values()) {
            assertThat(copy.text(category)).contains("999").doesNotContain("911");
        }
    }

    @Test
    void aLineWithoutADialableNumberStopsStartUp() {
        assertThatThrownBy(() -> new CrisisResource("988", "Lifeline", "call us", "988", null, null, null, List.of()))
                .hasMessageContaining("cannot be dialled");
        assertThatThrownBy(() -> new CrisisResource("chat", "Chat only", null, null, null, "https://x", null, List.of()))
                .hasMessageContaining("needs a dialable 'call' or 'sms' number");
    }

    @Test
    void noConfigurationCanRemoveEveryLine() {
        assertThatThrownBy(() -> new CrisisProperties(List.of(), Map.of())).hasMessageContaining("at least one crisis line");
        assertThatThrownBy(() -> new CrisisProperties(null, Map.of())).hasMessageContaining("at least one crisis line");
    }

    private static CrisisProperties bind(String file) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
            environment.getPropertySources().addFirst(source);
        }
        return Binder.get(environment).bind("faqbot.crisis", CrisisProperties.class).get();
    }
}
