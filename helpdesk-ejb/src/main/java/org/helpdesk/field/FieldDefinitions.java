package org.helpdesk.field;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Which dynamic fields a screen shows, in the caller's transaction. */
@ApplicationScoped
public class FieldDefinitions {

    @PersistenceContext
    EntityManager em;

    /** The valid fields shown on a screen, in the administrator's order. */
    public List<DynamicField> shown(Screen screen) {
        String flag = switch (screen) {
            case AGENT_NEW -> "showAgentNew";
            case CUSTOMER_NEW -> "showCustomerNew";
            case ZOOM -> "showZoom";
            case SEARCH -> "showSearch";
        };
        return em.createQuery("SELECT f FROM DynamicField f WHERE f.valid = TRUE AND f." + flag + " = TRUE ORDER BY f.position, f.name",
                DynamicField.class).getResultList();
    }
}
