package org.helpdesk.api.mapping;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.api.mapping.ApiMapping.Direction;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Jsons;
import org.helpdesk.shared.ValidationException;

/** Admin: the web services' request and response mappings, and a console to try one on a sample. */
@Stateless
@RolesAllowed("admin")
@Interceptors({ConcurrencyGuard.class, AuditTrail.class})
public class MappingService {

    /** The largest sample the console takes. */
    static final int LARGEST_SAMPLE = 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    MappingThreads threads;

    @Inject
    AgentDirectory agents;

    @Inject
    Event<MappingChanged> changed;

    /** Every web service's two mappings (none where none is stored), by web service, request first. */
    public List<ApiMappingForm> all() {
        agents.requireAdmin(agents.current(context));
        List<ApiMappingForm> all = new ArrayList<>();
        for (String webservice : ApiMapping.WEBSERVICES) {
            for (Direction direction : Direction.values()) {
                all.add(find(webservice, direction).map(ApiMappingForm::of).orElse(ApiMappingForm.none(webservice, direction)));
            }
        }
        return all;
    }

    /** Stores the mapping after checking it (key and value lines, the stylesheet compiled); in use after the commit. */
    public void save(ApiMappingForm form) {
        agents.requireAdmin(agents.current(context));
        check(form);
        form.rules().compile();
        ApiMapping mapping = find(form.webservice(), form.direction()).orElse(null);
        if (mapping == null) {
            mapping = new ApiMapping(form.webservice(), form.direction());
            em.persist(mapping);
        } else {
            mapping.checkVersion(form.version());
        }
        mapping.change(form.rules());
        changed.fire(new MappingChanged(form.webservice()));
    }

    /**
     * The form's mapping, stored or not, run on a sample request or response (JSON), for the admin to see what it
     * does: the result as indented JSON.
     *
     * @param operation the operation the sample is for, given to a stylesheet
     */
    public String test(ApiMappingForm form, String operation, String sample) {
        agents.requireAdmin(agents.current(context));
        check(form);
        Mapping mapping = form.rules().compile();
        if (sample == null || sample.isBlank() || sample.length() > LARGEST_SAMPLE) {
            throw new ValidationException("sample", "mapping.sampleInvalid");
        }
        JsonObject data;
        try (JsonReader reader = Jsons.reader(new StringReader(sample))) {
            data = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ValidationException("sample", "mapping.sampleInvalid");
        }
        JsonObject result;
        try {
            result = mapping.apply(data, operation, threads.executor());
        } catch (MappingException e) {
            throw new ValidationException("sample", "mapping.failed", e.getMessage());
        }
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Jsons.writerFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.writeObject(result);
        }
        return text.toString().trim();
    }

    private static void check(ApiMappingForm form) {
        if (form.webservice() == null || !ApiMapping.WEBSERVICES.contains(form.webservice()) || form.direction() == null) {
            throw new IllegalArgumentException("No such web service mapping: " + form.webservice() + " " + form.direction());
        }
    }

    private java.util.Optional<ApiMapping> find(String webservice, Direction direction) {
        return em.createQuery("SELECT m FROM ApiMapping m WHERE m.webservice = :webservice AND m.direction = :direction", ApiMapping.class)
                .setParameter("webservice", webservice).setParameter("direction", direction).getResultStream().findFirst();
    }
}
