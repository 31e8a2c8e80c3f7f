package org.helpdesk.mail;

import java.io.Serializable;

/** The outcome of "test connection": the messages waiting, or the server's exact error. */
public record ConnectionCheck(boolean ok, int messages, String error) implements Serializable {
}
