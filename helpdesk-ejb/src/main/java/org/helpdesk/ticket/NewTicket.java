package org.helpdesk.ticket;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


/**
 * What registering a ticket needs. {@code stateId} may be left out for "new"; service and SLA
 * are optional. The priority is checked by the ticket itself (1 to 5).
 */
public record NewTicket(
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.tooLong}") String title,
        @NotNull(message = "{validation.required}") Long queueId,
        Long stateId,
        int priority,
        @NotNull(message = "{validation.required}") Long typeId,
        @NotNull(message = "{validation.required}") Long customerUserId,
        Long serviceId,
        Long slaId,
        @NotNull(message = "{validation.required}") @Valid NewArticle firstArticle,
        Map<Long, List<String>> fields) implements Serializable {

    /** A ticket without dynamic field values. */
    public NewTicket(String title, Long queueId, Long stateId, int priority, Long typeId, Long customerUserId, Long serviceId,
            Long slaId, NewArticle firstArticle) {
        this(title, queueId, stateId, priority, typeId, customerUserId, serviceId, slaId, firstArticle, Map.of());
    }

    /** The same ticket with these dynamic field values (by field id; see {@link org.helpdesk.ticket.FieldValues}). */
    public NewTicket withFields(Map<Long, List<String>> values) {
        return new NewTicket(title, queueId, stateId, priority, typeId, customerUserId, serviceId, slaId, firstArticle, values);
    }
}
