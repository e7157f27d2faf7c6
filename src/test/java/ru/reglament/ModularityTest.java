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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
        Path docs = Path.of("docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (var files = Files.list(docs)) {
            for (Path file : files.toList()) sortRelations(file);
        }
        String diagram = Files.readString(docs.resolve("components.puml"));
        MODULES.forEach(module -> assertThat(diagram).contains(module.getDisplayName()));
    }

    /** The Documenter lists relations in no fixed order; sorted, the committed diagram changes only with the code. */
    private static void sortRelations(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
        Iterator<String> sorted = relations.iterator();
        List<String> result = new ArrayList<>(lines.size());
        for (String line : lines) result.add(line.startsWith("Rel(") ? sorted.next() : line);
        Files.write(file, result);
    }
}
