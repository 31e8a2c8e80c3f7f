package org.helpdesk.notification;

import java.util.Set;

/** Agents got new entries in their bell (fired inside the transaction that made them). */
public record AgentsNotified(Set<String> logins) {
}
