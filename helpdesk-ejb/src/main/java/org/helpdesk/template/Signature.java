package org.helpdesk.template;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;

/** What a queue's answers end with ({@code {{agent.name}}}, {@code {{queue.name}}} are filled in). */
@Entity
@Table(name = "signature")
@EntityListeners(AuditListener.class)
public class Signature extends NamedText {

    private static final long serialVersionUID = 1L;
}
