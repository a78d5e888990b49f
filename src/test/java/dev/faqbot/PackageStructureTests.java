package dev.faqbot;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The packages under {@code dev.faqbot} depend on each other one way only: imports run along the message path
 * (chat -> safety / nlu -> intents -> clinic -> yaml), with {@code content} loading, training and reloading what the
 * lower packages read, and {@code yaml} (the one reader of staff files) at the bottom, depending on no other package.
 * A cycle between two packages fails the build, naming the classes that close it; so does a public type that no
 * other package uses (package-private by default).
 */
class PackageStructureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.faqbot");

    /** Main and test classes: a type that a test of another package uses is used across packages. */
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.faqbot");

    /**
     * Public for a reader the class files do not show: a main class, a class OpenNLP may create by name, a type in
     * the public reply records, a type another package receives from a call and hands on without naming it.
     */
    private static final Set<String> PUBLIC_FOR_OTHER_READERS = Set.of(
            "dev.faqbot.FaqBotApplication",
            "dev.faqbot.content.ModelPretrainer",
            "dev.faqbot.nlu.IntentFeatureGenerator",
            "dev.faqbot.chat.Option",
            "dev.faqbot.safety.LearnedCrisisLayer");

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("dev.faqbot.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theYamlReaderDependsOnNoOtherPackage() {
        classes().that().resideInAPackage("dev.faqbot.yaml..").should().onlyDependOnClassesThat(
                resideInAPackage("dev.faqbot.yaml..").or(resideOutsideOfPackage("dev.faqbot.."))).check(MAIN);
    }

    @Test
    void aTypeIsPublicOnlyWhenAnotherPackageUsesIt() {
        classes().that().arePublic().and().areTopLevelClasses()
                .and(DescribedPredicate.describe("not public for other readers",
                        (JavaClass type) -> !PUBLIC_FOR_OTHER_READERS.contains(type.getName())))
                .and().resideOutsideOfPackage("..bench..")
                .should(beUsedFromAnotherPackage()).check(ALL.that(DescribedPredicate.describe("main classes",
                        (JavaClass type) -> MAIN.contain(type.getName()))));
    }

    private static ArchCondition<JavaClass> beUsedFromAnotherPackage() {
        return new ArchCondition<>("be used from another package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String nested = type.getName() + "$";
                boolean used = ALL.stream().filter(c -> c.equals(type) || c.getName().startsWith(nested))
                        .flatMap(c -> c.getDirectDependenciesToSelf().stream()).map(Dependency::getOriginClass)
                        .anyMatch(origin -> !origin.getPackageName().equals(type.getPackageName()));
                if (!used) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is public but only its own package uses it"));
                }
            }
        };
    }
}
