package org.helpdesk.api.mapping;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/**
 * How a web service's requests or responses are mapped, as in OTRS's GenericInterface: not at all, by a simple
 * key and value mapping, or by an XSLT stylesheet. One per web service and direction; none stored means none.
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind = Kind.NONE;

    @Column(name = "key_map")
    private String keyMap;

    @Column(name = "value_map")
    private String valueMap;

    private String stylesheet;

    protected ApiMapping() {
    }

    ApiMapping(String webservice, Direction direction) {
        this.webservice = webservice;
        this.direction = direction;
    }

    void change(Kind kind, String keyMap, String valueMap, String stylesheet) {
        this.kind = kind;
        this.keyMap = keyMap;
        this.valueMap = valueMap;
        this.stylesheet = stylesheet;
    }

    public String getWebservice() {
        return webservice;
    }

    public Direction getDirection() {
        return direction;
    }

    public Kind getKind() {
        return kind;
    }

    public String getKeyMap() {
        return keyMap;
    }

    public String getValueMap() {
        return valueMap;
    }

    public String getStylesheet() {
        return stylesheet;
    }
}
