package dev.faqbot;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages under {@code dev.faqbot} depend on each other one way only: imports run along the message path
 * (chat -> safety / nlu -> intents -> clinic), with {@code content} loading, training and reloading what the
 * lower packages read. A cycle between two packages fails the build, naming the classes that close it.
 */
class PackageStructureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.faqbot");

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("dev.faqbot.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
