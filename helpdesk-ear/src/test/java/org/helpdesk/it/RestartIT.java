package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketService;
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
 * A ticket created through the service is still there after the server is stopped and started
 * again: the data lives in the configured database, not in the server. Runs on a server of its
 * own (the manual container "restart"), in a Failsafe execution after the main suite.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartIT {

    private static final String SERVER = "restart";
    private static final String DEPLOYMENT = "helpdesk";

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @EJB
    TicketService tickets;

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

    @Test
    @Order(2)
    @OperateOnDeployment(DEPLOYMENT)
    void createATicket() throws IOException {
        Agent agent = fixtures.agent("restart", Map.of(Fixtures.SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        Ticket ticket = As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(Fixtures.QUEUE_N1, customer.getId(), 2)));
        Files.writeString(marker(), agent.getLogin() + "\n" + ticket.getNumber());
    }

    @Test
    @Order(3)
    @RunAsClient
    void restartTheServer() {
        controller.stop(SERVER);
        controller.start(SERVER);
    }

    @Test
    @Order(4)
    @OperateOnDeployment(DEPLOYMENT)
    void theTicketIsStillThere() throws IOException {
        String[] saved = Files.readString(marker()).split("\n");
        Ticket ticket = As.agent(saved[0], () -> tickets.getByNumber(saved[1]));
        assertEquals(saved[1], ticket.getNumber());
        assertEquals("No hay conexión a internet", ticket.getTitle());
        assertEquals(2, As.agent(saved[0], () -> tickets.history(ticket.getId())).size());
    }

    @Test
    @Order(5)
    @RunAsClient
    void stopTheServer() {
        deployer.undeploy(DEPLOYMENT);
        controller.stop(SERVER);
    }

    /** A file in the server's data directory, which outlives the restart; the test's memory does not. */
    private static Path marker() {
        return Paths.get(System.getProperty("jboss.server.data.dir"), "restart-it-ticket.txt");
    }
}
