package org.helpdesk.customer;

/**
 * A customer was given a single-use link (its secret is only in {@code link}): to confirm a new
 * registration, to reset the password, or — when someone tried to register with the address of an
 * existing account — to tell its owner, with a reset link. Fired inside the transaction that stored
 * the token; the mail observer queues the message in it.
 */
public record CustomerLinkIssued(CustomerUser customer, Reason reason, String link) {

    /** Why the link was issued. */
    public enum Reason {
        CONFIRM_REGISTRATION, REGISTRATION_ATTEMPT, PASSWORD_RESET
    }
}
