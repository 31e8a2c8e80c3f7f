package org.helpdesk.web.api;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.api.mapping.ApiMapping.Direction;
import org.helpdesk.api.mapping.ApiMappingForm;
import org.helpdesk.api.mapping.MappingService;
import org.helpdesk.web.shared.Texts;

/** Admin: the web services' request and response mappings, with a console to try one on a sample. */
@Named
@ViewScoped
public class WebservicesAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MappingService service;

    @Inject
    Texts texts;

    private List<ApiMappingForm> mappings;
    private Edit form;
    private String operation = "TicketCreate";
    private String sample;
    private String result;

    public void load() {
        mappings = service.all();
    }

    public void edit(ApiMappingForm mapping) {
        form = new Edit(mapping);
        sample = null;
        result = null;
    }

    public void save() {
        service.save(form.toForm());
        form = null;
        load();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    /** Runs the mapping as edited (saved or not) on the sample. */
    public void test() {
        result = null;
        result = service.test(form.toForm(), operation, sample);
    }

    public void cancel() {
        form = null;
    }

    public List<ApiMappingForm> getMappings() {
        return mappings;
    }

    public List<String> getOperations() {
        return GenericInterface.OPERATIONS.stream().sorted().toList();
    }

    public Edit getForm() {
        return form;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getSample() {
        return sample;
    }

    public void setSample(String sample) {
        this.sample = sample;
    }

    public String getResult() {
        return result;
    }

    /** The mapping being edited. */
    public static class Edit implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String webservice;
        private final Direction direction;
        private final long version;
        private final MappingEdit rules;

        Edit(ApiMappingForm mapping) {
            webservice = mapping.webservice();
            direction = mapping.direction();
            version = mapping.version();
            rules = new MappingEdit(mapping.rules());
        }

        ApiMappingForm toForm() {
            return new ApiMappingForm(webservice, direction, version, rules.toRules());
        }

        public String getWebservice() {
            return webservice;
        }

        public Direction getDirection() {
            return direction;
        }

        public MappingEdit getRules() {
            return rules;
        }
    }
}
