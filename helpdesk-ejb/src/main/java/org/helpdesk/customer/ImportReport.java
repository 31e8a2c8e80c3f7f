package org.helpdesk.customer;

import java.io.Serializable;
import java.util.List;

import org.helpdesk.shared.ValidationException;

/** What a CSV import did: rows created and updated, and each refused row with why. */
public record ImportReport(int created, int updated, List<RowError> errors) implements Serializable {

    /** A refused line of the file (the header is line 1) and the errors on its fields. */
    public record RowError(int line, List<ValidationException.FieldError> errors) implements Serializable {
    }
}
