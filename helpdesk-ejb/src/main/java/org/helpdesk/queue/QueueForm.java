package org.helpdesk.queue;

import java.io.Serializable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.helpdesk.shared.CryptoMethod;

/**
 * A queue as the administrator edits it (its business calendar and escalation targets are set with the
 * escalation settings). {@code id} is null for a new queue.
 */
public record QueueForm(
        Long id,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
        @NotNull(message = "{validation.required}") Long groupId,
        @Min(value = 1, message = "{validation.tier}") @Max(value = 9, message = "{validation.tier}") int tier,
        @NotNull(message = "{validation.required}") FollowUpPolicy followUpPolicy,
        @NotNull(message = "{validation.required}") UnknownSenderPolicy unknownSenderPolicy,
        Long systemAddressId,
        Long signatureId,
        boolean customerVisible,
        @Size(max = 250, message = "{validation.tooLong}") String comments,
        boolean valid,
        CryptoMethod signMethod) implements Serializable {

    /** A queue that signs nothing by default. */
    public QueueForm(Long id, long version, String name, Long groupId, int tier, FollowUpPolicy followUpPolicy,
            UnknownSenderPolicy unknownSenderPolicy, Long systemAddressId, Long signatureId, boolean customerVisible,
            String comments, boolean valid) {
        this(id, version, name, groupId, tier, followUpPolicy, unknownSenderPolicy, systemAddressId, signatureId, customerVisible,
                comments, valid, null);
    }

    public static QueueForm blank() {
        return new QueueForm(null, 0, null, null, 1, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, null, null, false,
                null, true);
    }

    public static QueueForm of(Queue queue) {
        return new QueueForm(queue.getId(), queue.getVersion(), queue.getName(), queue.getGroup().getId(), queue.getTier(),
                queue.getFollowUpPolicy(), queue.getUnknownSenderPolicy(), queue.getSystemAddress() == null ? null : queue.getSystemAddress().getId(),
                queue.getSignature() == null ? null : queue.getSignature().getId(), queue.isCustomerVisible(), queue.getComments(),
                queue.isValid(), queue.getSignMethod());
    }

    public boolean isNew() {
        return id == null;
    }
}
