package org.helpdesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Loads the objects that a command refers to by id. A missing id in user input is a validation
 * error naming the field; a missing object the caller asked for directly is "not found".
 */
@ApplicationScoped
public class Lookup {

    @PersistenceContext
    EntityManager em;

    /** The referenced object, or a validation error on {@code field} when there is none. */
    public <T> T reference(Class<T> type, Long id, String field) {
        if (id == null) {
            throw new ValidationException(field, "validation.required");
        }
        T found = em.find(type, id);
        if (found == null) {
            throw new ValidationException(field, "validation.unknown", id);
        }
        return found;
    }

    /** Like {@link #reference} but an absent id gives {@code null}: for optional fields. */
    public <T> T optionalReference(Class<T> type, Long id, String field) {
        return id == null ? null : reference(type, id, field);
    }

    /** The object the caller asked for, or {@link NotFoundException}. */
    public <T> T require(Class<T> type, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFoundException(type.getSimpleName(), id);
        }
        return found;
    }
}
