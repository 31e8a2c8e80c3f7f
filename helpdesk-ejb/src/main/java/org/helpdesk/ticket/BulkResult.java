package org.helpdesk.ticket;

import java.io.Serializable;
import java.util.List;

import org.helpdesk.shared.HelpdeskException;

/** How a bulk action went: the tickets changed, and for each one refused, why. */
public record BulkResult(List<String> changed, List<Failure> failures) implements Serializable {

    /** A ticket the action could not change, with the reason the single action gave. */
    public record Failure(String ticketNumber, HelpdeskException reason) implements Serializable {
    }
}
