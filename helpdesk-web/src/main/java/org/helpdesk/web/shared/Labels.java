package org.helpdesk.web.shared;

import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.shared.Messages;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.TicketCatalog;
import org.helpdesk.ticket.TicketPriority;
import org.helpdesk.ticket.TicketZoom;
import org.helpdesk.web.ticket.HistoryDetail;

/**
 * Display names in the user's language: of seeded states and types (admin-made names as they are) and
 * of the priorities (as the administrator named them), read once per request; and the details of
 * history entries, which store the internal names, read through the same names.
 */
@Named
@RequestScoped
public class Labels {

    @Inject
    Texts texts;

    @Inject
    LanguageView language;

    @Inject
    Dates dates;

    @EJB
    TicketCatalog catalog;

    private List<TicketPriority> priorities;
    private HistoryDetail historyDetail;

    public String state(String name) {
        return stateName(language.getLocale(), name);
    }

    public String type(String name) {
        return typeName(language.getLocale(), name);
    }

    /** The detail of a history entry with its states, types, priorities and times in the reader's language. */
    public String history(HistoryEntry entry) {
        if (historyDetail == null) {
            historyDetail = new HistoryDetail(this::state, this::type, this::priority, dates::format,
                    texts.get("history.detail.nobody"));
        }
        return historyDetail.format(entry.getType(), entry.getDetail());
    }

    /** The same for a line of the zoom's history. */
    public String historyLine(TicketZoom.HistoryLine line) {
        if (historyDetail == null) {
            historyDetail = new HistoryDetail(this::state, this::type, this::priority, dates::format,
                    texts.get("history.detail.nobody"));
        }
        return historyDetail.format(line.type(), line.detail());
    }

    /** A seeded state's name in the language (from the bundle); an administrator's own name as it is. */
    public static String stateName(Locale locale, String name) {
        return catalogName(locale, "state.", name);
    }

    /** A seeded ticket type's name in the language (from the bundle); an administrator's own name as it is. */
    public static String typeName(Locale locale, String name) {
        return catalogName(locale, "type.", name);
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

    private static String catalogName(Locale locale, String prefix, String name) {
        return Messages.catalogName(locale, prefix, name);
    }
}
