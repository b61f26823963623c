package vn.ward57;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Keeps the package-per-capability layout: module boundaries, and where SQL and controllers live. */
class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.ward57");

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        ApplicationModules.of(Ward57Application.class).verify();
    }

    @Test
    void everyModuleDeclaresTheModulesItMayUse() {
        ApplicationModules.of(Ward57Application.class).forEach(module -> {
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

    @Test
    void noInterfaceImplementationPairsNamedImpl() {
        noClasses().should().haveSimpleNameEndingWith("Impl").check(CLASSES);
    }
}
