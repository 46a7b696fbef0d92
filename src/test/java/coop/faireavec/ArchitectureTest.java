package coop.faireavec;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

/** Keeps the feature boundaries and the engine at the edge (see docs/architecture.md). */
@AnalyzeClasses(packages = "coop.faireavec", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule repositoriesArePrivateToTheirFeature = classes()
            .that()
            .areAssignableTo(Repository.class)
            .should()
            .notBePublic()
            .because("other features call a feature's public service, never its repository");

    @ArchTest
    static final ArchRule controllersUseServicesOnly = noClasses()
            .that()
            .areAnnotatedWith(Controller.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda..")
            .because("controllers are thin: they call services, never repositories or the engine");

    @ArchTest
    static final ArchRule onlyTheFacadeAndDelegatesTouchTheEngine = noClasses()
            .that()
            .resideOutsideOfPackages("coop.faireavec.process..")
            .and()
            .haveSimpleNameNotEndingWith("Listener")
            .and()
            .haveSimpleNameNotEndingWith("Delegate")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda.bpm.engine..")
            .because("engine calls go through WorkflowEngine so that moving to Operaton stays mechanical");

    @ArchTest
    static final ArchRule webPartsAreNotUsedByServices = noClasses()
            .that()
            .resideOutsideOfPackages("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("coop.faireavec.*.web..")
            .because("a feature's web part sits on top of services, not the other way round");

    @ArchTest
    static final ArchRule entitiesStayOutOfProcessVariables = noClasses()
            .that()
            .resideInAPackage("coop.faireavec.process")
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(jakarta.persistence.Entity.class)
            .because("the BPMN holds flow state and ids only; app data lives in app tables");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCircles = slices().matching("coop.faireavec.(*)..")
            .should()
            .beFreeOfCycles()
            .because(
                    "features are layered, web parts included: a feature calls the public services of the ones below it,"
                            + " never back; a page that shows several features lives in ui, on top");

    /**
     * Only the step kinds (package task.kind) read the form keys: everything else asks the kind of a step
     * (StepKinds.of(formKey).completedByMeeting(), isReview(), ...) instead of branching on form keys.
     */
    @ArchTest
    static final ArchRule onlyTheStepKindsReadTheFormKeys = noClasses()
            .that()
            .resideOutsideOfPackage("coop.faireavec.task.kind..")
            .and()
            .doNotHaveFullyQualifiedName("coop.faireavec.process.ProcessConstants")
            .should()
            .accessFieldWhere(DescribedPredicate.describe(
                    "a FORM_* constant of ProcessConstants",
                    (com.tngtech.archunit.core.domain.JavaFieldAccess access) ->
                            access.getTargetOwner().isEquivalentTo(coop.faireavec.process.ProcessConstants.class)
                                    && access.getName().startsWith("FORM_")));
}
