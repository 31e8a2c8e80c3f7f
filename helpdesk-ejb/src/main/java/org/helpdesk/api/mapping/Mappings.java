package org.helpdesk.api.mapping;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.api.mapping.ApiMapping.Direction;

/**
 * The web services' mappings at work: each web service's request and response mapping, compiled once and kept
 * until an admin saves a mapping. Called by the transports before and after every operation.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Mappings {

    @PersistenceContext
    EntityManager em;

    @EJB
    MappingThreads threads;

    private final Map<String, Mapping> compiled = new ConcurrentHashMap<>();

    /**
     * The data mapped as the web service's mapping for that direction says; the data itself when it has none.
     *
     * @param operation the operation the data is for, given to a stylesheet as its parameter {@code Operation}
     */
    public JsonObject apply(String webservice, Direction direction, String operation, JsonObject data) throws MappingException {
        Mapping mapping = compiled.computeIfAbsent(webservice + "/" + direction, key -> load(webservice, direction));
        return mapping.apply(data, operation, threads.executor());
    }

    private Mapping load(String webservice, Direction direction) {
        return em.createQuery("SELECT m FROM ApiMapping m WHERE m.webservice = :webservice AND m.direction = :direction", ApiMapping.class)
                .setParameter("webservice", webservice).setParameter("direction", direction).getResultStream()
                .findFirst().map(stored -> stored.getRules().compile()).orElse(Mapping.NONE);
    }

    /** Forgets the compiled mappings once a change is committed. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MappingChanged change) {
        compiled.clear();
    }
}
