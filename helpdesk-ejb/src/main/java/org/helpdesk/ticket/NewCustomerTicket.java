package org.helpdesk.ticket;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


/** A ticket as a customer opens it in the portal; the priority follows from impact and urgency. */
public record NewCustomerTicket(
        @NotNull(message = "{validation.required}") Long typeId,
        @NotNull(message = "{validation.required}") Long queueId,
        @NotNull(message = "{validation.required}") Level impact,
        @NotNull(message = "{validation.required}") Level urgency,
        Long serviceId,
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.tooLong}") String subject,
        @NotBlank(message = "{validation.required}") String body,
        @NotNull @Valid List<NewAttachment> attachments,
        Map<Long, List<String>> fields) implements Serializable {

    /** A ticket without dynamic field values. */
    public NewCustomerTicket(Long typeId, Long queueId, Level impact, Level urgency, Long serviceId, String subject, String body,
            List<NewAttachment> attachments) {
        this(typeId, queueId, impact, urgency, serviceId, subject, body, attachments, Map.of());
    }

    /** The same ticket with these dynamic field values (by field id; see {@link org.helpdesk.ticket.FieldValues}). */
    public NewCustomerTicket withFields(Map<Long, List<String>> values) {
        return new NewCustomerTicket(typeId, queueId, impact, urgency, serviceId, subject, body, attachments, values);
    }
}
