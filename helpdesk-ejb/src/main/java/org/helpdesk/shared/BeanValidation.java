package org.helpdesk.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Checks a command object's Bean Validation constraints and turns violations into a
 * {@link ValidationException} whose message keys are the constraints' message templates.
 */
@ApplicationScoped
public class BeanValidation {

    @Inject
    Validator validator;

    public void check(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<ValidationException.FieldError> errors = violations.stream()
                    .map(v -> new ValidationException.FieldError(v.getPropertyPath().toString(), key(v.getMessageTemplate())))
                    .sorted(Comparator.comparing(ValidationException.FieldError::field))
                    .toList();
            throw new ValidationException(errors);
        }
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
    }
}
