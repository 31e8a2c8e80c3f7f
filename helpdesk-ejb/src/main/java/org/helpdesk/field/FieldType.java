package org.helpdesk.field;

/** The kinds of dynamic fields, and where each keeps its value. */
public enum FieldType {
    TEXT, TEXTAREA, DROPDOWN, MULTISELECT, DATE, DATETIME, CHECKBOX;

    /** Whether the administrator lists the choices. */
    public boolean hasOptions() {
        return this == DROPDOWN || this == MULTISELECT;
    }
}
