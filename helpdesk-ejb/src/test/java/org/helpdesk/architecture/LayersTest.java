package org.helpdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of helpdesk-ejb, checked on every build (see "Architecture" in the README): the
 * foundation ({@code shared}, {@code audit}, {@code auth}) at the bottom, the ticket core above it,
 * channels and reacting services on top. The core announces what happened as CDI events; the
 * layers above observe them, so no arrow points up.
 */
@AnalyzeClasses(packages = "org.helpdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    private static final String[] FOUNDATION = {"org.helpdesk.shared..", "org.helpdesk.audit..", "org.helpdesk.auth.."};
    private static final String[] CORE = {"org.helpdesk.agent..", "org.helpdesk.customer..", "org.helpdesk.queue..",
            "org.helpdesk.sla..", "org.helpdesk.settings..", "org.helpdesk.template..", "org.helpdesk.field..",
            "org.helpdesk.ticket.."};
    private static final String[] CHANNELS = {"org.helpdesk.mail..", "org.helpdesk.notification..", "org.helpdesk.login..",
            "org.helpdesk.admin..", "org.helpdesk.monitoring..", "org.helpdesk.setup..", "org.helpdesk.report..",
            "org.helpdesk.api..", "org.helpdesk.faq.."};

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.helpdesk.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Foundation").definedBy(FOUNDATION)
            .layer("Core").definedBy(CORE)
            .layer("Channels").definedBy(CHANNELS)
            .whereLayer("Channels").mayNotBeAccessedByAnyLayer()
            .whereLayer("Core").mayOnlyBeAccessedByLayers("Channels");

    /** Within the core: agents know nothing of what they work on; only the ticket knows the ticket. */
    @ArchTest
    static final ArchRule agentsAtTheBottomOfTheCore = noClasses().that().resideInAPackage("org.helpdesk.agent..")
            .should().dependOnClassesThat().resideInAnyPackage("org.helpdesk.customer..", "org.helpdesk.queue..",
                    "org.helpdesk.sla..", "org.helpdesk.settings..", "org.helpdesk.template..", "org.helpdesk.field..",
                    "org.helpdesk.ticket..");

    @ArchTest
    static final ArchRule ticketAtTheTopOfTheCore = noClasses().that().resideInAnyPackage("org.helpdesk.customer..",
            "org.helpdesk.queue..", "org.helpdesk.sla..", "org.helpdesk.settings..", "org.helpdesk.template..",
            "org.helpdesk.field..").should().dependOnClassesThat().resideInAPackage("org.helpdesk.ticket..");

    /** Mail: parsing and signing/encryption at the bottom, sending above them, receiving (which may answer) on top. */
    @ArchTest
    static final ArchRule mailParts = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Mime").definedBy("org.helpdesk.mail.mime..")
            .layer("Crypto").definedBy("org.helpdesk.mail.crypto..")
            .layer("Outbound").definedBy("org.helpdesk.mail.outbound..")
            .layer("Inbound").definedBy("org.helpdesk.mail.inbound..")
            .whereLayer("Inbound").mayNotBeAccessedByAnyLayer()
            .whereLayer("Outbound").mayOnlyBeAccessedByLayers("Inbound")
            .whereLayer("Crypto").mayOnlyBeAccessedByLayers("Outbound", "Inbound");

    @ArchTest
    static final ArchRule noWebInTheServices = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.faces..", "jakarta.servlet..", "org.primefaces..", "org.helpdesk.web..");
}
