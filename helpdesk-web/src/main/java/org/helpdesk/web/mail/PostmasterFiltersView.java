package org.helpdesk.web.mail;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.mail.inbound.FilterForm;
import org.helpdesk.mail.inbound.PostmasterFilter;
import org.helpdesk.mail.inbound.PostmasterFilterService;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueService;
import org.helpdesk.ticket.TicketCatalog;
import org.helpdesk.ticket.TicketType;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;

/** Admin: the PostMaster filters that sort or drop incoming mail. */
@Named
@ViewScoped
public class PostmasterFiltersView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Condition rows the form offers; empty rows are ignored. */
    static final int CONDITION_ROWS = 4;

    @EJB
    PostmasterFilterService service;

    @EJB
    QueueService queueService;

    @Inject
    TicketCatalog catalog;

    @Inject
    Texts texts;

    private PagedModel<PostmasterFilter> filters;
    private List<Queue> queues;
    private List<TicketType> types;
    private FilterEdit form;

    public void load() {
        filters = new PagedModel<>(service::filters);
        queues = queueService.allQueues();
        types = catalog.types();
    }

    public void create() {
        form = FilterEdit.of(new FilterForm(null, 0, null, 10, List.of(), null, null, null, false, false, true), CONDITION_ROWS);
    }

    public void edit(PostmasterFilter filter) {
        form = FilterEdit.of(FilterForm.of(filter), CONDITION_ROWS);
    }

    public void save() {
        service.save(form.toRecord());
        form = null;
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    public void cancel() {
        form = null;
    }

    public PagedModel<PostmasterFilter> getFilters() {
        return filters;
    }

    public List<Queue> getQueues() {
        return queues;
    }

    public List<TicketType> getTypes() {
        return types;
    }

    public FilterEdit getForm() {
        return form;
    }

    /** The editable filter on the page. */
    public static class FilterEdit implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        private long version;
        private String name;
        private int position;
        private List<ConditionEdit> conditions;
        private Long queueId;
        private Integer priority;
        private Long typeId;
        private boolean ignore;
        private boolean stop;
        private boolean valid;

        static FilterEdit of(FilterForm record, int rows) {
            FilterEdit edit = new FilterEdit();
            edit.id = record.id();
            edit.version = record.version();
            edit.name = record.name();
            edit.position = record.position();
            edit.conditions = new ArrayList<>();
            record.conditions().forEach(c -> edit.conditions.add(new ConditionEdit(c.header(), c.pattern(), c.negate())));
            while (edit.conditions.size() < rows) {
                edit.conditions.add(new ConditionEdit(null, null, false));
            }
            edit.queueId = record.queueId();
            edit.priority = record.priority();
            edit.typeId = record.typeId();
            edit.ignore = record.ignore();
            edit.stop = record.stop();
            edit.valid = record.valid();
            return edit;
        }

        FilterForm toRecord() {
            return new FilterForm(id, version, name, position, conditions.stream()
                    .map(c -> new FilterForm.Condition(c.getHeader(), c.getPattern(), c.isNegate())).toList(), queueId,
                    priority, typeId, ignore, stop, valid);
        }

        public boolean isNew() {
            return id == null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getPosition() {
            return position;
        }

        public void setPosition(int position) {
            this.position = position;
        }

        public List<ConditionEdit> getConditions() {
            return conditions;
        }

        public Long getQueueId() {
            return queueId;
        }

        public void setQueueId(Long queueId) {
            this.queueId = queueId;
        }

        public Integer getPriority() {
            return priority;
        }

        public void setPriority(Integer priority) {
            this.priority = priority;
        }

        public Long getTypeId() {
            return typeId;
        }

        public void setTypeId(Long typeId) {
            this.typeId = typeId;
        }

        public boolean isIgnore() {
            return ignore;
        }

        public void setIgnore(boolean ignore) {
            this.ignore = ignore;
        }

        public boolean isStop() {
            return stop;
        }

        public void setStop(boolean stop) {
            this.stop = stop;
        }

        public boolean isValid() {
            return valid;
        }

        public void setValid(boolean valid) {
            this.valid = valid;
        }
    }

    /** One editable condition row. */
    public static class ConditionEdit implements Serializable {

        private static final long serialVersionUID = 1L;

        private String header;
        private String pattern;
        private boolean negate;

        ConditionEdit(String header, String pattern, boolean negate) {
            this.header = header;
            this.pattern = pattern;
            this.negate = negate;
        }

        public String getHeader() {
            return header;
        }

        public void setHeader(String header) {
            this.header = header;
        }

        public String getPattern() {
            return pattern;
        }

        public void setPattern(String pattern) {
            this.pattern = pattern;
        }

        public boolean isNegate() {
            return negate;
        }

        public void setNegate(boolean negate) {
            this.negate = negate;
        }
    }
}
