package org.helpdesk.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The pages talk to the services (EJBs), never to the database; the HTTP API never hands out entities (what a
 * resource answers with, its public methods; private helpers may work with them).
 */
@AnalyzeClasses(packages = "org.helpdesk.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebLayerTest {

    @ArchTest
    static final ArchRule noEntityManagerInTheWeb = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..");

    @ArchTest
    static final ArchRule noEntitiesFromResources = methods().that().arePublic().and().areDeclaredInClassesThat()
            .areAnnotatedWith("jakarta.ws.rs.Path").should().haveRawReturnType(
                    DescribedPredicate.not(CanBeAnnotated.Predicates.annotatedWith("jakarta.persistence.Entity"))
                            .as("a type that is not an entity"));
}
