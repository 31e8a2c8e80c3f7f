package org.helpdesk.mail.inbound;

import java.io.Serializable;

/**
 * The outcome of "test connection": the messages waiting, or the server's exact error; when the
 * server's certificate was not trusted, also that certificate ({@code certificate}, else null), for
 * the administrator to decide whether to trust it.
 */
public record ConnectionCheck(boolean ok, int messages, String error, ServerCertificate certificate) implements Serializable {
}
