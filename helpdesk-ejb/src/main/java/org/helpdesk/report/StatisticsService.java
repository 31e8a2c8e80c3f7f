package org.helpdesk.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.Permission;
import org.helpdesk.field.DynamicField;
import org.helpdesk.field.FieldType;
import org.helpdesk.settings.Logo;
import org.helpdesk.settings.SettingsService;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.DeskSettings;
import org.helpdesk.shared.Messages;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.ticket.TicketState;

/**
 * Statistics with preview (OTRS "Estadísticas") for agents with ro on the stats group, computed by
 * {@link StatisticEngine}; saved statistics (rw to save and delete), which a report schedule can mail.
 */
@Stateless
@RolesAllowed("agent")
public class StatisticsService {

    /** The most saved statistics offered to choose from, by name. */
    public static final int MAX_SAVED = 200;

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    AgentDirectory agents;

    @Inject
    StatisticEngine engine;

    @Inject
    Clock clock;

    @EJB
    SettingsService settings;

    @Inject
    DeskSettings desk;

    @Inject
    BeanValidation validation;

    public Statistic compute(StatisticRequest request, Locale locale) {
        agents.require(agents.current(context), AgentGroup.STATS, Permission.RO);
        return engine.compute(request, locale);
    }

    public byte[] csv(StatisticRequest request, Locale locale) {
        return StatisticDocuments.csv(compute(request, locale), locale);
    }

    public byte[] pdf(StatisticRequest request, StatisticDocuments.ChartType type, Locale locale) {
        Statistic statistic = compute(request, locale);
        byte[] logo = settings.logo(Logo.Kind.HEADER).map(Logo::getContent).orElse(null);
        return StatisticDocuments.pdf(settings.current().getProductName(), logo, statistic, type, locale);
    }

    /** The dropdown dynamic fields a statistic can run over, labelled in the reader's language. */
    public List<Choice> fieldChoices(Locale locale) {
        agents.require(agents.current(context), AgentGroup.STATS, Permission.RO);
        return em.createQuery("SELECT f FROM DynamicField f WHERE f.type = :dropdown ORDER BY f.position, f.name", DynamicField.class)
                .setParameter("dropdown", FieldType.DROPDOWN).getResultStream().map(f -> new Choice(f.getId(), f.label(locale))).toList();
    }

    /** The ticket states a statistic can be restricted to, named in the reader's language. */
    public List<Choice> stateChoices(Locale locale) {
        agents.require(agents.current(context), AgentGroup.STATS, Permission.RO);
        return em.createQuery("SELECT s FROM TicketState s ORDER BY s.name", TicketState.class).getResultStream()
                .map(s -> new Choice(s.getId(), Messages.catalogName(locale, "state.", s.getName()))).toList();
    }

    /** The saved statistics to choose from, by name (the first {@value #MAX_SAVED}). */
    public List<Choice> saved() {
        agents.require(agents.current(context), AgentGroup.STATS, Permission.RO);
        return em.createNamedQuery("SavedStatistic.choices", Choice.class).setMaxResults(MAX_SAVED).getResultList();
    }

    public SavedStatistic saved(long statisticId) {
        agents.require(agents.current(context), AgentGroup.STATS, Permission.RO);
        SavedStatistic saved = em.find(SavedStatistic.class, statisticId);
        if (saved == null) {
            throw new NotFoundException("statistic", statisticId);
        }
        return saved;
    }

    /**
     * Saves the statistic under its name, replacing the one saved under that name before. It is computed
     * once first, so what is saved can be shown (a field that is no dropdown, a series twice... is refused).
     */
    public SavedStatistic save(StatisticForm form, Locale locale) {
        Agent agent = agents.current(context);
        agents.require(agent, AgentGroup.STATS, Permission.RW);
        validation.check(form);
        engine.compute(form.request(LocalDate.now(clock.withZone(desk.timeZone())), desk.timeZone()), locale);
        String name = form.name().trim();
        SavedStatistic saved = em.createNamedQuery("SavedStatistic.byName", SavedStatistic.class).setParameter("name", name)
                .getResultStream().findFirst().orElseGet(() -> {
                    SavedStatistic created = new SavedStatistic(name, agent.getLogin());
                    em.persist(created);
                    return created;
                });
        saved.change(form, clock.instant());
        return saved;
    }

    /** Deletes a saved statistic that no schedule mails. */
    public void deleteSaved(long statisticId) {
        agents.require(agents.current(context), AgentGroup.STATS, Permission.RW);
        SavedStatistic saved = saved(statisticId);
        if (em.createQuery("SELECT COUNT(s) FROM ReportSchedule s WHERE s.statistic = :statistic", Long.class)
                .setParameter("statistic", saved).getSingleResult() > 0) {
            throw new RuleViolationException("report.stats.scheduled");
        }
        em.remove(saved);
    }
}
