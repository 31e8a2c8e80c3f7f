package org.helpdesk.agent;

/**
 * Something agents may use according to the permissions they hold on its group, such as a queue
 * (and so the tickets in it). Lets permission checks live here without knowing what is guarded.
 */
public interface GroupGuarded {

    AgentGroup getGroup();

    /** The name a refusal quotes. */
    String getName();
}
