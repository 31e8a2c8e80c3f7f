package org.helpdesk.web.escalation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.helpdesk.sla.ItService;
import org.helpdesk.sla.Sla;
import org.helpdesk.sla.SlaForm;

/** An SLA being edited on the page: name, calendar, targets and the services it applies to. */
public class SlaEdit extends TargetsFields {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String name;
    private List<Long> serviceIds = new ArrayList<>();
    private boolean valid = true;

    static SlaEdit of(Sla sla) {
        SlaEdit edit = new SlaEdit();
        edit.id = sla.getId();
        edit.version = sla.getVersion();
        edit.name = sla.getName();
        edit.fill(sla.getCalendar(), sla.getTargets());
        edit.serviceIds = new ArrayList<>(sla.getServices().stream().map(ItService::getId).toList());
        edit.valid = sla.isValid();
        return edit;
    }

    /** The form to save, or a validation error naming the wrong target. */
    SlaForm toRecord() {
        return new SlaForm(id, version, name, getCalendarId(), targets(), new HashSet<>(serviceIds), valid);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<Long> serviceIds) {
        this.serviceIds = serviceIds;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
