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
}
