package org.helpdesk.template;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;

/** A canned response an agent starts an answer with ({@code {{customer.name}}}, {@code {{ticket.number}}}...). */
@Entity
@Table(name = "response_template")
@EntityListeners(AuditListener.class)
public class ResponseTemplate extends NamedText {

    private static final long serialVersionUID = 1L;
}
