package org.helpdesk.ticket;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.field.DynamicField;
import org.helpdesk.field.FieldType;
import org.helpdesk.shared.BaseEntity;

/**
 * One stored value of a dynamic field on a ticket, in the column of its type: text (text, dropdown,
 * each option of a multiselect), long text (textarea), date, date-time or flag (checkbox).
 */
@Entity
@Table(name = "dynamic_field_value")
@NamedQuery(name = "FieldValue.ofTicket", query = "SELECT v FROM FieldValue v WHERE v.ticket = :ticket ORDER BY v.id")
public class FieldValue extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The longest text a text, dropdown or multiselect value keeps (it is indexed). */
    public static final int LONGEST_TEXT = DynamicField.LONGEST_TEXT;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @ManyToOne(optional = false)
    @JoinColumn(name = "field_id", nullable = false)
    private DynamicField field;

    @Column(name = "value_text", length = LONGEST_TEXT)
    private String text;

    @Column(name = "value_long")
    private String longText;

    @Column(name = "value_date")
    private LocalDate date;

    @Column(name = "value_time")
    private Instant time;

    @Column(name = "value_flag")
    private Boolean flag;

    protected FieldValue() {
    }

    FieldValue(Ticket ticket, DynamicField field) {
        this.ticket = ticket;
        this.field = field;
    }

    static FieldValue text(Ticket ticket, DynamicField field, String text) {
        FieldValue value = new FieldValue(ticket, field);
        if (field.getType() == FieldType.TEXTAREA) {
            value.longText = text;
        } else {
            value.text = text;
        }
        return value;
    }

    static FieldValue date(Ticket ticket, DynamicField field, LocalDate date) {
        FieldValue value = new FieldValue(ticket, field);
        value.date = date;
        return value;
    }

    static FieldValue time(Ticket ticket, DynamicField field, Instant time) {
        FieldValue value = new FieldValue(ticket, field);
        value.time = time;
        return value;
    }

    static FieldValue flag(Ticket ticket, DynamicField field, boolean flag) {
        FieldValue value = new FieldValue(ticket, field);
        value.flag = flag;
        return value;
    }

    public DynamicField getField() {
        return field;
    }

    public String getText() {
        return text != null ? text : longText;
    }

    public LocalDate getDate() {
        return date;
    }

    public Instant getTime() {
        return time;
    }

    public Boolean getFlag() {
        return flag;
    }
}
