package org.helpdesk.report;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.agent.AgentSummary;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.Permission;
import org.helpdesk.settings.Logo;
import org.helpdesk.settings.SettingsService;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.DeskSettings;
import org.helpdesk.shared.Like;
import org.helpdesk.shared.Messages;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.shared.ValidationException;

/**
 * The SLA report for managers: agents with ro on the {@code stats} group see the runs, their rows and
 * documents; with rw they also start, stop and restart runs. Every call checks this here, whatever
 * screen or timer calls it. A run is a Jakarta Batch job ({@code sla-report}) working in the background.
 */
@Stateless
@RolesAllowed("agent")
public class ReportService {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    AgentDirectory agents;

    @EJB
    ReportJobs jobs;

    @EJB
    SettingsService settings;

    @Inject
    DeskSettings desk;

    @Inject
    BeanValidation validation;

    @Inject
    Clock clock;

    /** How a running report is getting on: its status and the facts read so far of about how many. */
    public record Progress(RunStatus status, long read, long expected) {

        /** Percent done: 100 once completed, at most 99 before (the end of a period has also its open tickets). */
        public int percent() {
            if (status == RunStatus.COMPLETED) {
                return 100;
            }
            return expected == 0 ? 0 : (int) Math.min(99, read * 100 / expected);
        }
    }

    /** Starts a run of the SLA report over {@code period}; the job works on after this returns. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReportRun start(ReportPeriod period, Grouping grouping, List<Long> queueIds, List<Long> typeIds) {
        Agent agent = require(Permission.RW);
        if (grouping == null) {
            throw new ValidationException("grouping", "validation.required");
        }
        ReportRun run = jobs.create(period, grouping, queueIds, typeIds, agent.getLogin());
        jobs.launch(run.getId(), null, ReportJobs.CHUNK);
        return jobs.run(run.getId());
    }

    /** Asks a running report to stop after the chunk it is working on. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void stop(long runId) {
        require(Permission.RW);
        ReportRun run = jobs.current(runId);
        if (!run.getStatus().isActive() || run.getExecutionId() == null) {
            throw new RuleViolationException("report.notRunning");
        }
        operator().stop(run.getExecutionId());
    }

    /** Goes on with a stopped or failed report from its last checkpoints. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void restart(long runId) {
        require(Permission.RW);
        ReportRun run = jobs.current(runId);
        if (run.getStatus() != RunStatus.STOPPED && run.getStatus() != RunStatus.FAILED) {
            throw new RuleViolationException("report.notRestartable");
        }
        jobs.launch(runId, run.getExecutionId(), ReportJobs.CHUNK);
    }

    public Page<ReportRun> runs(int first, int pageSize) {
        require(Permission.RO);
        return Paging.page(em, ReportRun.class, "ReportRun.latest", "ReportRun.count", first, pageSize);
    }

    public ReportRun run(long runId) {
        require(Permission.RO);
        return jobs.current(runId);
    }

    /** The rows of a finished run, the total last; none before it has finished. */
    public List<ReportRow> rows(long runId) {
        require(Permission.RO);
        return jobs.rows(runId);
    }

    public Progress progress(long runId) {
        require(Permission.RO);
        ReportRun run = jobs.current(runId);
        return new Progress(run.getStatus(), run.getStatus().isActive() ? jobs.factsWritten(runId) : 0, run.getExpected());
    }

    public byte[] csv(long runId, Locale locale) {
        return ReportDocuments.csv(run(runId), rows(runId), locale);
    }

    public byte[] pdf(long runId, Locale locale) {
        ReportRun run = run(runId);
        byte[] logo = settings.logo(Logo.Kind.HEADER).map(Logo::getContent).orElse(null);
        return ReportDocuments.pdf(new ReportDocuments.Heading(settings.current().getProductName(), run, logo), rows(runId), locale);
    }

    public byte[] chart(long runId, Locale locale, int width, int height) {
        return ReportDocuments.png(ReportDocuments.chart(run(runId), rows(runId), locale, width, height));
    }

    public List<Choice> queueChoices() {
        require(Permission.RO);
        return em.createQuery("SELECT NEW org.helpdesk.report.Choice(q.id, q.name) FROM Queue q ORDER BY q.tier, q.name",
                Choice.class).getResultList();
    }

    public List<Choice> typeChoices() {
        require(Permission.RO);
        return em.createQuery("SELECT NEW org.helpdesk.report.Choice(t.id, t.name) FROM TicketType t ORDER BY t.name",
                Choice.class).getResultList();
    }

    public Page<ReportSchedule> schedules(int first, int pageSize) {
        require(Permission.RO);
        return Paging.page(em, ReportSchedule.class, "ReportSchedule.all", "ReportSchedule.count", first, pageSize);
    }

    public ReportSchedule schedule(long scheduleId) {
        require(Permission.RO);
        ReportSchedule schedule = em.find(ReportSchedule.class, scheduleId);
        if (schedule == null) {
            throw new NotFoundException("schedule", scheduleId);
        }
        return schedule;
    }

    /** Creates or changes a schedule; its next due time follows from the form. */
    public ReportSchedule saveSchedule(ScheduleForm form) {
        Agent agent = require(Permission.RW);
        validation.check(form);
        List<String> addresses = checkSchedule(form);
        SavedStatistic statistic = null;
        if (form.statisticId() != null) {
            statistic = em.find(SavedStatistic.class, form.statisticId());
            if (statistic == null) {
                throw new NotFoundException("statistic", form.statisticId());
            }
        } else if (form.grouping() == null) {
            throw new ValidationException("grouping", "validation.required");
        }
        ReportSchedule schedule;
        if (form.id() == null) {
            schedule = new ReportSchedule(agent.getLogin());
            schedule.change(form, statistic, addresses, clock.instant());
            em.persist(schedule);
        } else {
            schedule = schedule(form.id());
            schedule.checkVersion(form.version());
            schedule.change(form, statistic, addresses, clock.instant());
        }
        return schedule;
    }

    public void deleteSchedule(long scheduleId) {
        require(Permission.RW);
        em.remove(schedule(scheduleId));
    }

    /** The agents a schedule can be mailed to (valid, with an address) whose login or name starts with {@code term}: the first ten. */
    public List<AgentSummary> recipientChoices(String term) {
        require(Permission.RO);
        if (term == null || term.isBlank()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Agent a WHERE a.valid = TRUE AND a.email IS NOT NULL AND (" + Like.like("LOWER(a.login)", "p")
                + " OR " + Like.like("LOWER(a.firstName)", "p") + " OR " + Like.like("LOWER(a.lastName)", "p")
                + ") ORDER BY a.firstName, a.lastName, a.id", Agent.class)
                .setParameter("p", Like.startingWith(term)).setMaxResults(10).getResultStream().map(AgentSummary::of).toList();
    }

    /** A schedule's agents, to show them again. */
    public List<AgentSummary> recipients(List<Long> agentIds) {
        require(Permission.RO);
        return agentIds.isEmpty() ? List.of()
                : em.createQuery("SELECT a FROM Agent a WHERE a.id IN :ids ORDER BY a.firstName, a.lastName", Agent.class)
                        .setParameter("ids", agentIds).getResultStream().map(AgentSummary::of).toList();
    }

    /** What bean validation cannot tell: the day the frequency needs, the zone, the language, the addresses. */
    private static List<String> checkSchedule(ScheduleForm form) {
        if (form.frequency() == Frequency.WEEKLY && form.dayOfWeek() == null) {
            throw new ValidationException("dayOfWeek", "validation.required");
        }
        if (form.frequency() == Frequency.MONTHLY && (form.dayOfMonth() == null || form.dayOfMonth() < 1 || form.dayOfMonth() > 28)) {
            throw new ValidationException("dayOfMonth", "report.schedule.dayOfMonth");
        }
        try {
            ZoneId.of(form.timeZone());
        } catch (DateTimeException e) {
            throw new ValidationException("timeZone", "validation.timeZone", form.timeZone());
        }
        if (Messages.SUPPORTED_LOCALES.stream().noneMatch(l -> l.getLanguage().equals(form.language()))) {
            throw new ValidationException("language", "validation.required");
        }
        List<String> addresses = new ArrayList<>();
        for (String address : form.addresses() == null ? new String[0] : form.addresses().split("[,;\\s]+")) {
            if (address.isBlank()) {
                continue;
            }
            try {
                new InternetAddress(address, true);
            } catch (AddressException e) {
                throw new ValidationException("addresses", "validation.email");
            }
            addresses.add(address.trim());
        }
        if (addresses.isEmpty() && (form.agentIds() == null || form.agentIds().isEmpty())) {
            throw new ValidationException("agentIds", "report.schedule.noRecipients");
        }
        return addresses;
    }

    /** The desk's time zone, in which report periods are whole days. */
    public ZoneId zone() {
        return desk.timeZone();
    }

    /** Whether the caller may start reports (rw on stats), for the screens. */
    public boolean maySchedule() {
        return agents.current(context).holds(AgentGroup.STATS, Permission.RW);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private Agent require(Permission needed) {
        Agent agent = agents.current(context);
        agents.require(agent, AgentGroup.STATS, needed);
        return agent;
    }
}
