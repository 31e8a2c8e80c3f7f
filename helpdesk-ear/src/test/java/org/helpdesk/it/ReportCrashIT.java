package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.report.Grouping;
import org.helpdesk.report.ReportJobs;
import org.helpdesk.report.ReportPeriod;
import org.helpdesk.report.ReportRow;
import org.helpdesk.report.ReportRun;
import org.helpdesk.report.ReportService;
import org.helpdesk.report.RunStatus;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A report run whose server is killed ({@code kill -9}) half-way is finished after the server has started
 * again, by itself, with the rows of an uninterrupted run of the same report. Runs on the manually
 * controlled server, in the Failsafe execution after the main suite, like MailCrashIT.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportCrashIT {

    private static final String SERVER = "restart";
    private static final String DEPLOYMENT = "helpdesk";

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @EJB
    ReportService reports;

    @EJB
    ReportJobs jobs;

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    DataSource dataSource;

    @Inject
    Fixtures fixtures;

    @Deployment(name = DEPLOYMENT, managed = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @Test
    @Order(1)
    @RunAsClient
    void startTheServer() {
        controller.start(SERVER);
        deployer.deploy(DEPLOYMENT);
    }

    /** An uninterrupted run to compare with, then the same report in chunks of five, left running. */
    @Test
    @Order(2)
    @OperateOnDeployment(DEPLOYMENT)
    void runTheReportOnceAndStartItAgain() throws Exception {
        ReportData.generate(dataSource);
        Agent manager = fixtures.agent("gerente-crash", Map.of(Fixtures.STATS_GROUP, Set.of(Permission.RW)));
        ReportRun whole = As.agent(manager.getLogin(), () -> reports.start(period(), Grouping.QUEUE, List.of(), List.of()));
        Await.until("the uninterrupted run", () -> jobs.run(whole.getId()).getStatus() == RunStatus.COMPLETED, 120);

        // a chunk per milestone: it runs for many seconds, the kill comes in the middle
        ReportRun run = jobs.create(period(), Grouping.QUEUE, List.of(), List.of(), manager.getLogin());
        jobs.launch(run.getId(), null, 1);
        Await.until("the first chunks", () -> jobs.factsWritten(run.getId()) > 0, 60, java.time.Duration.ofMillis(5));
        Files.writeString(marker(), manager.getLogin() + " " + jobs.run(run.getId()).getExecutionId());
    }

    @Test
    @Order(3)
    @RunAsClient
    void killTheServerAndStartItAgain() {
        ServerProcess.kill();
        controller.stop(SERVER);
        controller.start(SERVER);
    }

    @Test
    @Order(4)
    @OperateOnDeployment(DEPLOYMENT)
    void theInterruptedRunFinishesByItselfWithTheUninterruptedRows() throws Exception {
        // the server's data directory outlived the kill
        String[] marked = Files.readString(marker()).split(" ");
        String manager = marked[0];
        List<ReportRun> runs = As.agent(manager, () -> reports.runs(0, 10)).rows().stream()
                .filter(r -> r.getStartedBy().equals(manager)).sorted(Comparator.comparing(ReportRun::getId)).toList();
        assertEquals(2, runs.size(), "the uninterrupted run and the killed one");
        long killed = runs.get(1).getId();
        // marked interrupted at the start, started again by the scheduler's next minute
        Await.until("the interrupted run to finish", () -> jobs.run(killed).getStatus() == RunStatus.COMPLETED, 180);
        assertTrue(jobs.run(killed).getExecutionId() > Long.parseLong(marked[1]), "finished by a new job execution, after the kill");
        List<String> whole = describe(As.agent(manager, () -> reports.rows(runs.get(0).getId())));
        List<String> resumed = describe(As.agent(manager, () -> reports.rows(killed)));
        assertTrue(whole.size() > 1);
        assertEquals(whole, resumed);
    }

    @Test
    @Order(5)
    @RunAsClient
    void stopTheServer() {
        deployer.undeploy(DEPLOYMENT);
        controller.stop(SERVER);
    }

    private static Path marker() {
        return Paths.get(System.getProperty("jboss.server.data.dir"), "report-crash-it-manager.txt");
    }

    private static ReportPeriod period() {
        return ReportPeriod.days(ReportIT.FIRST, ReportIT.LAST, ZoneOffset.UTC);
    }

    private static List<String> describe(List<ReportRow> rows) {
        return rows.stream().map(r -> r.getLabel() + r.isTotal() + Arrays.toString(new int[] { r.getCreated(), r.getClosed(),
            r.getReopened(), r.getBacklog(), r.getFirstResponseMet(), r.getFirstResponseBreached(), r.getUpdateMet(),
            r.getUpdateBreached(), r.getSolutionMet(), r.getSolutionBreached(), r.getEscalations(), r.getMovedUp() })
                + r.getFirstResponseMean() + r.getFirstResponseMedian() + r.getFirstResponseP90() + r.getSolutionMean()
                + r.getSolutionMedian() + r.getSolutionP90()).toList();
    }
}
