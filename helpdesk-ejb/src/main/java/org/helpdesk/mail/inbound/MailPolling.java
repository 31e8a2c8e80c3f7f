package org.helpdesk.mail.inbound;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.shared.SecretBox;

/**
 * Polls every valid mail account with a persistent EJB timer at the account's interval. The timers
 * live in the database (see {@code wildfly-config/40-timers-batch.cli}), so on a cluster one node
 * fires each. One poll per account runs at a time; the timers are set again when an account changes
 * and checked at every start.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailPolling {

    private static final Logger LOG = Logger.getLogger(MailPolling.class.getName());

    @Resource
    TimerService timers;

    @PersistenceContext
    EntityManager em;

    @Inject
    MailboxReader reader;

    @Inject
    MailIntake intake;

    @Inject
    SecretBox secrets;

    @Inject
    OAuthTokens tokens;

    private final Map<Long, ReentrantLock> running = new ConcurrentHashMap<>();

    /** What a timer polls, and how often (kept with the timer in the database). */
    record Schedule(long accountId, int pollSeconds) implements Serializable {
    }

    @PostConstruct
    void checkTimers() {
        List<MailAccount> accounts = em.createNamedQuery("MailAccount.all", MailAccount.class).getResultList();
        accounts.forEach(this::reschedule);
        for (Timer timer : timers.getTimers()) {
            if (!(timer.getInfo() instanceof Schedule schedule)
                    || accounts.stream().noneMatch(a -> a.getId() == schedule.accountId())) {
                timer.cancel();
            }
        }
    }

    /** Sets the account's timer anew (or removes it, for an invalid account). */
    @RolesAllowed("admin")
    public void schedule(MailAccount account) {
        reschedule(account);
    }

    private void reschedule(MailAccount account) {
        Schedule wanted = new Schedule(account.getId(), account.getPollSeconds());
        boolean current = false;
        for (Timer timer : timers.getTimers()) {
            if (timer.getInfo() instanceof Schedule schedule && schedule.accountId() == account.getId()) {
                if (!current && account.isValid() && schedule.equals(wanted)) {
                    current = true;
                } else {
                    timer.cancel();
                }
            }
        }
        if (!current && account.isValid()) {
            long interval = account.getPollSeconds() * 1000L;
            timers.createIntervalTimer(interval, interval, new TimerConfig(wanted, true));
        }
    }

    @Timeout
    void onTimer(Timer timer) {
        long accountId = ((Schedule) timer.getInfo()).accountId();
        ReentrantLock lock = running.computeIfAbsent(accountId, id -> new ReentrantLock());
        if (lock.tryLock()) {
            try {
                pollLocked(accountId);
            } catch (MessagingException | RuntimeException e) {
                // recorded on the account by pollLocked; the next interval tries again
            } finally {
                lock.unlock();
            }
        }
    }

    /** Polls the account now, waiting for a poll the timer is running; the server's error is passed on. */
    @RolesAllowed("admin")
    public PollResult pollNow(long accountId) {
        ReentrantLock lock = running.computeIfAbsent(accountId, id -> new ReentrantLock());
        try {
            if (!lock.tryLock(2, TimeUnit.MINUTES)) {
                throw new RuleViolationException("mail.account.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleViolationException("mail.account.busy");
        }
        try {
            return pollLocked(accountId);
        } catch (MessagingException | OAuthRefusedException e) {
            throw new RuleViolationException("mail.account.failed", String.valueOf(e.getMessage()));
        } finally {
            lock.unlock();
        }
    }

    private PollResult pollLocked(long accountId) throws MessagingException {
        MailAccount account = em.find(MailAccount.class, accountId);
        if (account == null || !account.isValid()) {
            return PollResult.empty();
        }
        try {
            String secret = account.usesOAuth() ? tokens.accessToken(accountId) : secrets.open(account.getPasswordSecret());
            PollResult result = reader.poll(account, secret);
            intake.polled(accountId, null);
            return result;
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Polling mail account " + account.getName() + " failed: " + e);
            intake.polled(accountId, String.valueOf(e.getMessage()));
            throw e;
        }
    }
}
