package org.helpdesk.shared;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Input that cannot be accepted; names each offending field. Nothing was stored. */
public class ValidationException extends HelpdeskException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("validation.failed", errors.stream().map(FieldError::field).collect(Collectors.joining(", ")));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldError(field, messageKey, arguments)));
    }

    /** A required text field: trimmed, or refused when blank or longer than {@code maxLength}. */
    public static String requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "validation.required");
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw new ValidationException(field, "validation.tooLong");
        }
        return trimmed;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public boolean hasErrorOn(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    @Override
    public String getMessage(Locale locale) {
        return errors.stream().map(e -> e.getMessage(locale)).collect(Collectors.joining(" "));
    }

    /** One rejected field: the field's name (as in the form and the service parameter) and why. */
    public record FieldError(String field, String messageKey, Object... arguments) implements java.io.Serializable {

        public String getMessage(Locale locale) {
            String name = field.substring(field.lastIndexOf('.') + 1);
            return Messages.format(locale, "field." + name) + ": " + Messages.format(locale, messageKey, arguments);
        }
    }
}
