package org.helpdesk.web.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Named;

import org.helpdesk.agent.AgentSummary;

/**
 * Agents chosen in an autocomplete, carried as "id:login" so that the choice can be shown again
 * without another lookup: {@code converter="#{agentSummaryConverter}"}.
 */
@Named
@ApplicationScoped
public class AgentSummaryConverter implements Converter<AgentSummary> {

    @Override
    public AgentSummary getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("\\d+:.+")) {
            return null;
        }
        int colon = value.indexOf(':');
        String login = value.substring(colon + 1);
        return new AgentSummary(Long.parseLong(value.substring(0, colon)), login, login);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, AgentSummary value) {
        return value == null ? "" : value.id() + ":" + value.login();
    }
}
