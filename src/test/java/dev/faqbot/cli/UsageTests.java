package dev.faqbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

class UsageTests {

    @Test
    void helpIsAskedForBySpellingsPeopleTypeAndNotByServerSettings() {
        assertThat(Usage.asked(new String[] {"--help"})).isTrue();
        assertThat(Usage.asked(new String[] {"-h"})).isTrue();
        assertThat(Usage.asked(new String[] {"help"})).isTrue();
        assertThat(Usage.asked(new String[] {"--server.port=9000"})).isFalse();
        assertThat(Usage.asked(new String[] {})).isFalse();
    }

    @Test
    void theHelpTextListsEveryCommandWithItsOwnUsageLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Usage.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String help = bytes.toString(StandardCharsets.UTF_8);

        List<String> usages = new ArrayList<>();
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AssignableTypeFilter(CliCommand.class));
        for (BeanDefinition definition : scan.findCandidateComponents("dev.faqbot")) {
            usages.add(commandWithoutDependencies(Class.forName(definition.getBeanClassName())).usage());
        }

        assertThat(usages).hasSize(4);
        assertThat(Usage.COMMANDS).containsExactlyInAnyOrderElementsOf(usages);
        assertThat(help).contains("Usage: java -jar", "chat server", "--server.port=N").contains(usages);
    }

    @Test
    void everyCommandAnswersHelpWithItsOptionsWithoutRunning() throws Exception {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AssignableTypeFilter(CliCommand.class));
        List<String> names = new ArrayList<>();
        for (BeanDefinition definition : scan.findCandidateComponents("dev.faqbot")) {
            CliCommand command = commandWithoutDependencies(Class.forName(definition.getBeanClassName()));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            int code = command.run(List.of("--help"), new PrintStream(bytes, true, StandardCharsets.UTF_8));

            assertThat(code).as(command.name()).isZero();
            assertThat(bytes.toString(StandardCharsets.UTF_8)).as(command.name())
                    .startsWith("Usage: " + command.name()).contains("-h, --help");
            names.add(command.name());
        }
        assertThat(names).containsExactlyInAnyOrder("evaluate", "insights", "try", "validate");
    }

    /** usage() and --help read no field, so the command is built with nulls for whatever it depends on. */
    private static CliCommand commandWithoutDependencies(Class<?> type) throws Exception {
        Constructor<?> constructor = List.of(type.getDeclaredConstructors()).stream()
                .max(Comparator.comparingInt(Constructor::getParameterCount)).orElseThrow();
        constructor.setAccessible(true);
        return (CliCommand) constructor.newInstance(new Object[constructor.getParameterCount()]);
    }
}
