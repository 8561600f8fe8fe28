package org.comptoir;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/** The architecture of docs/architecture.md, as rules with their reasons. */
@AnalyzeClasses(packages = "org.comptoir", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTopicUsesLuceneMonitor = noClasses()
            .that().resideOutsideOfPackage("org.comptoir.topic..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene.monitor..")
            .because("matching is Lucene Monitor wrapped thinly by TopicMatcher; nobody else should know it");

    @ArchTest
    static final ArchRule postKernelDependsOnNothing = noClasses()
            .that().resideInAPackage("org.comptoir.post..")
            .should().dependOnClassesThat(resideInAPackage("org.comptoir..").and(not(resideInAPackage("org.comptoir.post.."))))
            .orShould().dependOnClassesThat().resideInAnyPackage("org.apache..", "org.springframework..")
            .because("post is the shared kernel every feature speaks; it must not pull features or frameworks in");

    @ArchTest
    static final ArchRule queryDialectIsBackendNeutral = noClasses()
            .that().resideInAPackage("org.comptoir.query..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.opensearch..")
            .because("the query AST is translated per backend (Lucene, OpenSearch); the dialect itself knows none");

    @ArchTest
    static final ArchRule coreNeverImportsKafkaOrOpenSearch = noClasses()
            .that().resideOutsideOfPackages("org.comptoir.store.opensearch..", "org.comptoir.pipeline.kafka..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.opensearch..")
            .because("the distributed engines stay behind their seams (PostIndex, PostQueue)");

    @ArchTest
    static final ArchRule storeDoesNotKnowFeatures = noClasses()
            .that().resideInAPackage("org.comptoir.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.comptoir.topic..", "org.comptoir.ingest..",
                    "org.comptoir.pipeline..", "org.comptoir.search..", "org.comptoir.web..", "org.comptoir.cli..")
            .because("the store keeps and finds posts; features use it, not the other way round");

    @ArchTest
    static final ArchRule pipelineDoesNotDependOnItsCallers = noClasses()
            .that().resideInAPackage("org.comptoir.pipeline..")
            .should().dependOnClassesThat().resideInAnyPackage("org.comptoir.ingest..", "org.comptoir.search..",
                    "org.comptoir.web..", "org.comptoir.cli..")
            .because("the pipeline is a function its callers (imports, connectors, demo) feed");

    @ArchTest
    static final ArchRule controllersDoNotReachRepositoriesOfOtherFeatures = classes()
            .that().haveSimpleNameEndingWith("Controller")
            .should(new ArchCondition<JavaClass>("use only their own feature's repositories") {
                @Override
                public void check(JavaClass controller, ConditionEvents events) {
                    for (Dependency dependency : controller.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        String owner = target.getEnclosingClass().map(JavaClass::getSimpleName).orElse(target.getSimpleName());
                        if (owner.endsWith("Repository") && !target.getPackageName().equals(controller.getPackageName())) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .because("controllers are thin: they call their feature's use cases, never another feature's tables");

    @ArchTest
    static final ArchRule noServiceOrImplNames = noClasses()
            .should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Service")
            .because("names are roles (TopicMatcher, SourcePoller), implementations are <Tech><Interface>");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = SlicesRuleDefinition.slices().matching("org.comptoir.(*)..")
            .should().beFreeOfCycles()
            .because("features talk through past-tense events and beans; a cycle makes them one tangled feature");

    @ArchTest
    static final ArchRule noFeatureImportsTheCompositionRoot = noClasses()
            .that().resideOutsideOfPackages("org.comptoir", "org.comptoir.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.comptoir")
            .because("Comptoir and ComptoirApplication wire the features; a feature reaching back into them is a service locator");

    @ArchTest
    static final ArchRule onlyTheGateReadsTheWorkspaceParameter = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(org.springframework.stereotype.Controller.class)
            .or().areDeclaredInClassesThat().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should(new ArchCondition<JavaMethod>("take the workspace only as a WorkspaceRef from the gate, if they handle requests") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    if (!org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(method.reflect(),
                            org.springframework.web.bind.annotation.RequestMapping.class)) {
                        return;
                    }
                    for (java.lang.reflect.Parameter parameter : method.reflect().getParameters()) {
                        var param = parameter.getAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
                        boolean named = "workspace".equals(parameter.getName())
                                || param != null && ("workspace".equals(param.value()) || "workspace".equals(param.name()));
                        if (named && parameter.getType() != org.comptoir.workspace.WorkspaceRef.class) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " reads the workspace itself (" + parameter.getType().getSimpleName() + " " + parameter.getName() + ")"));
                        }
                    }
                }
            })
            .because("the workspace of a request is resolved and authorised in one place, WorkspaceGate");
}
