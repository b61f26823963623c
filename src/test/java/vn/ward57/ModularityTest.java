package vn.ward57;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** Keeps the package-per-capability layout: module boundaries, and where SQL and controllers live. */
class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.ward57");
    private static final ApplicationModules MODULES = ApplicationModules.of(Ward57Application.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        MODULES.verify();
    }

    /** Each build redraws docs/modules, so the committed diagram shows what the code is (a diff says what changed). */
    @Test
    void writesTheModuleDiagram() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (var files = Files.list(Path.of("docs/modules"))) {
            for (Path puml : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(puml, inOrder(Files.readAllLines(puml)));
            }
        }
        assertThat(Path.of("docs/modules/components.puml")).isNotEmptyFile();
    }

    /** Structurizr writes components and relations in no fixed order: sorted, a rebuild changes no line. */
    static List<String> inOrder(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); ) {
            String kind = declaration(lines.get(i));
            int end = i + 1;
            while (kind != null && end < lines.size() && kind.equals(declaration(lines.get(end)))) {
                end++;
            }
            out.addAll(lines.subList(i, end).stream().sorted().toList());
            i = end;
        }
        return out;
    }

    private static String declaration(String line) {
        String t = line.strip();
        return t.startsWith("Component(") ? "Component" : t.startsWith("Rel(") ? "Rel" : null;
    }

    @Test
    void everyModuleDeclaresTheModulesItMayUse() {
        MODULES.forEach(module -> {
            if (module.getBasePackage().getName().endsWith(".common")) {
                return;  // open to all, depends on none
            }
            org.springframework.modulith.ApplicationModule declared = module.getBasePackage()
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class).orElseThrow();
            org.assertj.core.api.Assertions.assertThat(declared.allowedDependencies())
                    .as(module.getDisplayName()).isNotEmpty();
        });
    }

    @Test
    void indicatorsReadTheDataModulesFiguresOnlyThroughTheCatalogue() {
        noClasses().that().resideInAPackage("vn.ward57.indicator..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.ward57.dossier..", "vn.ward57.task..",
                        "vn.ward57.feedback..", "vn.ward57.initiative..", "vn.ward57.people..", "vn.ward57.community..",
                        "vn.ward57.asset..", "vn.ward57.budget..")
                .because("a figure is defined once, by the module that owns its records (figure/MetricSource)")
                .check(CLASSES);
    }

    @Test
    void sqlLivesInTheDomainPackageOfItsModule() {
        noClasses().that().resideOutsideOfPackages("..domain..", "..common.database..", "..demo..")
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .because("each module keeps its SQL in its domain package")
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..").check(CLASSES);
    }

    /**
     * Repositories still public, because a service at their module's root (what other modules call) reads them.
     * The list only shrinks: a new public repository fails, and so does one listed that is no longer public.
     */
    private static final Map<String, List<String>> STILL_PUBLIC = Map.of(
            "common.imports.domain", List.of("RegisterImportRepository"),
            "dossier.domain", List.of("DossierImportRepository", "DossierListRepository", "DossierMonthRepository",
                    "DossierStatsRepository", "IndexEntryRepository", "ProcedureRepository", "ServiceIndexRepository"),
            "feedback.domain", List.of("StatsRepository"),
            "indicator.domain", List.of("IndicatorRepository", "IndicatorValueRepository",
                    "PublishedValueRepository", "ReportFormRepository", "ReportScheduleRepository", "RuleRepository"),
            "org.domain", List.of("ProvinceRepository", "ResidentialGroupRepository", "StaffingRepository",
                    "UnitRepository", "WardRepository"),
            "task.domain", List.of("AttachmentRepository", "DirectionRepository", "DirectiveRepository",
                    "RecordWardRepository", "TaskEventRepository", "TaskRepository", "TaskStatsRepository"));

    @Test
    void repositoriesAreNotPublic() {
        Set<String> listed = stillPublic();
        classes().that(REPOSITORY).and(DescribedPredicate.describe("are not listed as still public",
                        (JavaClass c) -> !listed.contains(c.getName())))
                .should().notBePublic()
                .because("a repository is its module's own: other modules and pages go through its services")
                .check(CLASSES);
        assertThat(listed).allSatisfy(name -> assertThat(CLASSES.get(name).getModifiers())
                .as("%s is no longer public: take it off STILL_PUBLIC", name).contains(JavaModifier.PUBLIC));
    }

    private static Set<String> stillPublic() {
        Set<String> names = new HashSet<>();
        STILL_PUBLIC.forEach((pkg, types) -> types.forEach(t -> names.add("vn.ward57." + pkg + "." + t)));
        return names;
    }

    @Test
    void noControllerCallsAnotherModulesRepository() {
        classes().that().resideInAPackage("..web..").should(useNoRepositoryOfAnotherModule())
                .because("a page or API reads another module's records through that module's facade")
                .check(CLASSES);
    }

    /** Named so or annotated so: either makes a class a repository. */
    private static final DescribedPredicate<JavaClass> REPOSITORY = DescribedPredicate.describe("are repositories",
            c -> c.getSimpleName().endsWith("Repository") || c.isAnnotatedWith(Repository.class));

    private static ArchCondition<JavaClass> useNoRepositoryOfAnotherModule() {
        return new ArchCondition<>("use no repository of another module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (REPOSITORY.test(target) && target.getPackageName().startsWith("vn.ward57.")
                            && !moduleOf(target).equals(moduleOf(origin))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    /** The package right below vn.ward57: the module a class belongs to. */
    private static String moduleOf(JavaClass c) {
        String rest = c.getPackageName().substring("vn.ward57".length());
        int end = rest.indexOf('.', 1);
        return end < 0 ? rest : rest.substring(0, end);
    }

    @Test
    void noInterfaceImplementationPairsNamedImpl() {
        noClasses().should().haveSimpleNameEndingWith("Impl").check(CLASSES);
    }
}
