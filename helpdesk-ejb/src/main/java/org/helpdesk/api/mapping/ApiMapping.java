package org.helpdesk.api.mapping;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/**
 * How a web service's requests or responses are mapped, as in OTRS's GenericInterface ({@link MappingRules}). One
 * per web service and direction; none stored means none.
 */
@Entity
@Table(name = "api_mapping", uniqueConstraints = @UniqueConstraint(columnNames = {"webservice", "direction"}))
@EntityListeners(AuditListener.class)
public class ApiMapping extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The web services that can be mapped, by Znuny's names. */
    public static final List<String> WEBSERVICES = List.of("GenericTicketConnectorREST", "GenericTicketConnectorSOAP");

    /** The request on its way in (before the operation) or the response on its way out (after it). */
    public enum Direction {
        REQUEST, RESPONSE
    }

    public enum Kind {
        NONE, SIMPLE, XSLT
    }

    @Column(nullable = false, length = 100)
    private String webservice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction;

    @Embedded
    private MappingRules rules = MappingRules.NONE;

    protected ApiMapping() {
    }

    ApiMapping(String webservice, Direction direction) {
        this.webservice = webservice;
        this.direction = direction;
    }

    void change(MappingRules rules) {
        this.rules = rules;
    }

    public String getWebservice() {
        return webservice;
    }

    public Direction getDirection() {
        return direction;
    }

    public MappingRules getRules() {
        return rules == null ? MappingRules.NONE : rules;
    }
}
