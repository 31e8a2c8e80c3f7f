package org.helpdesk.ticket;

import java.io.Serializable;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.helpdesk.article.NewAttachment;

/** A ticket as a customer opens it in the portal; the priority follows from impact and urgency. */
public record NewCustomerTicket(
        @NotNull(message = "{validation.required}") Long typeId,
        @NotNull(message = "{validation.required}") Long queueId,
        @NotNull(message = "{validation.required}") Level impact,
        @NotNull(message = "{validation.required}") Level urgency,
        Long serviceId,
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.tooLong}") String subject,
        @NotBlank(message = "{validation.required}") String body,
        @NotNull @Valid List<NewAttachment> attachments) implements Serializable {
}
