package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;

import org.helpdesk.ticket.TicketCatalog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class SmokeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    TicketCatalog catalog;

    @Test
    void seededStatesAreThere() {
        assertEquals(9, As.agent("admin", () -> catalog.states()).size());
    }
}
