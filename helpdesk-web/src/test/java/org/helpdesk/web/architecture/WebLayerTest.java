package org.helpdesk.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The pages talk to the services (EJBs), never to the database. */
@AnalyzeClasses(packages = "org.helpdesk.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebLayerTest {

    @ArchTest
    static final ArchRule noEntityManagerInTheWeb = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..");
}
