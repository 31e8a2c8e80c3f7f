package org.helpdesk.web.shared;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.ticket.TicketCatalog;
import org.helpdesk.ticket.TicketPriority;

/**
 * Display names in the user's language: of seeded states and types (admin-made names as they are) and
 * of the priorities (as the administrator named them), read once per request.
 */
@Named
@RequestScoped
public class Labels {

    @Inject
    Texts texts;

    @Inject
    LanguageView language;

    @EJB
    TicketCatalog catalog;

    private List<TicketPriority> priorities;

    public String state(String name) {
        return orName(texts.get("state." + name), "state." + name, name);
    }

    public String type(String name) {
        return orName(texts.get("type." + name), "type." + name, name);
    }

    public String priority(int priority) {
        return priorities().stream().filter(p -> p.getLevel() == priority).findFirst().map(p -> p.name(language.getLocale()))
                .orElse(String.valueOf(priority));
    }

    /** The levels of the valid priorities: the choices of every priority field. */
    public List<Integer> getPriorities() {
        return priorities().stream().filter(TicketPriority::isValid).map(TicketPriority::getLevel).toList();
    }

    private List<TicketPriority> priorities() {
        if (priorities == null) {
            priorities = catalog.priorities();
        }
        return priorities;
    }

    private static String orName(String text, String key, String name) {
        return key.equals(text) ? name : text;
    }
}
