package org.helpdesk.agent;

import java.io.Serializable;

/** An agent as lists and choosers show it. */
public record AgentSummary(long id, String login, String fullName) implements Serializable {

    public static AgentSummary of(Agent agent) {
        return new AgentSummary(agent.getId(), agent.getLogin(), agent.getFullName());
    }
}
