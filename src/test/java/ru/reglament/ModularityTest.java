package ru.reglament;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules talk only through each other's public face, and there are no cycles. The module diagram
 * in {@code docs/modules} is written from the code by every test run.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ReglamentApplication.class);
    private static final Pattern INTERNAL = Pattern.compile("^ru\\.reglament\\.([a-z]+)\\.internal(\\..*)?$");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** Spelled out apart from Modulith's check: no class outside a module touches the module's {@code internal} package. */
    @Test
    void noModuleReachesIntoAnothersInternalPackage() {
        JavaClasses main = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("ru.reglament");
        classes().should(new ArchCondition<JavaClass>("use no other module's internal package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher internal = INTERNAL.matcher(dependency.getTargetClass().getPackageName());
                    if (internal.matches() && !origin.getPackageName().startsWith("ru.reglament." + internal.group(1))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).check(main);
    }

    @Test
    void theModuleDiagramIsWrittenIntoTheDocs() throws Exception {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        String diagram = Files.readString(Path.of("docs/modules/components.puml"));
        MODULES.forEach(module -> assertThat(diagram).contains(module.getDisplayName()));
    }
}
