package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.helpdesk.mail.inbound.InboundStatus;
import org.helpdesk.mail.inbound.MailAccountForm;
import org.helpdesk.mail.inbound.MailAccountService;
import org.helpdesk.mail.inbound.MailProtocol;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Every message of a mailbox becomes exactly one ticket although the server process is killed
 * ({@code kill -9}, no shutdown of any kind) four times while it fetches them. The
 * mailbox is a real IMAP server in the test's own JVM, so it outlives the server; the server runs on
 * the build's database (the embedded H2 file by default, PostgreSQL or MariaDB with {@code -Ddb=}).
 * Runs on the manually controlled server, in the Failsafe execution after the main suite.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailCrashIT {

    private static final String SERVER = "restart";
    private static final String DEPLOYMENT = "helpdesk";
    private static final int MESSAGES = 200;
    private static final int WAVE = 100;
    private static final int IMAP_PORT = 3343;
    private static final String MAILBOX = "buzon@crash.example";
    private static final String PASSWORD = "clave-del-buzon";

    /** The mailbox server, in the test's JVM: started by the first test, alive across the kills. */
    private static GreenMail mailServer;
    private static int delivered;

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @EJB
    MailAccountService accounts;

    @PersistenceContext(unitName = "helpdesk")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Deployment(name = DEPLOYMENT, managed = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @Test
    @Order(1)
    @RunAsClient
    void fillTheMailboxAndStartTheServer() throws Exception {
        String domain = Fixtures.unique("crash").toLowerCase() + ".example";
        Path marker = marker(System.getProperty("jboss.home") + "/standalone/data");
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, domain);
        mailServer = new GreenMail(TestMailServer.setup(IMAP_PORT, ServerSetup.PROTOCOL_IMAP));
        mailServer.start();
        mailServer.setUser(MAILBOX, MAILBOX, PASSWORD);
        deliver(domain, 0, WAVE);
        controller.start(SERVER);
        deployer.deploy(DEPLOYMENT);
    }

    @Test
    @Order(2)
    @OperateOnDeployment(DEPLOYMENT)
    void connectTheMailbox() {
        As.admin(Fixtures.ADMIN, () -> accounts.save(new MailAccountForm(null, 0, Fixtures.unique("Buzón crash"),
                MailProtocol.IMAP, false, "127.0.0.1", IMAP_PORT, MAILBOX, PASSWORD, "INBOX",
                MailAccountForm.MIN_POLL_SECONDS, Fixtures.QUEUE_N1, false, true, null, true)));
    }

    /**
     * Kills the server in the middle of storing messages, and at once after messages left the mailbox
     * (what was stored last must be durable by then), twice each: the second wave of messages arrives
     * while the server is down.
     */
    @Test
    @Order(3)
    @RunAsClient
    void killTheServerWhileItFetchesAndStartItAgain() throws Exception {
        String domain = Files.readString(marker(System.getProperty("jboss.home") + "/standalone/data"));
        for (int wave = 0; wave < MESSAGES / WAVE; wave++) {
            if (wave > 0) {
                deliver(domain, wave * WAVE, WAVE);
            }
            int fetchedBefore = wave * WAVE + WAVE / 4;
            Await.until(() -> fetched() >= fetchedBefore, 300);
            killAndStart("in the middle of storing");
            int waiting = waiting();
            Await.until("a message leaving the mailbox", () -> waiting() < waiting, 300, Duration.ofMillis(2));
            killAndStart("as messages left the mailbox");
        }
        Await.until(() -> waiting() == 0, 300);
    }

    @Test
    @Order(4)
    @OperateOnDeployment(DEPLOYMENT)
    void everyMessageBecameExactlyOneTicketAndOneAutoResponse() throws Exception {
        String domain = Files.readString(marker(System.getProperty("jboss.server.data.dir")));
        List<Object[]> records = em.createQuery("SELECT m.messageId, m.status FROM InboundMail m WHERE m.messageId LIKE :ids",
                Object[].class).setParameter("ids", "%@" + domain + ">").getResultList();
        assertEquals(MESSAGES, records.size());
        assertTrue(records.stream().allMatch(r -> r[1] == InboundStatus.NEW_TICKET));
        Map<String, Long> articles = em.createQuery("SELECT a.messageId FROM Article a WHERE a.messageId LIKE :ids", String.class)
                .setParameter("ids", "%@" + domain + ">").getResultStream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(MESSAGES, articles.size(), "a ticket for every message");
        assertTrue(articles.values().stream().allMatch(n -> n == 1), "and only one: " + articles);
        Map<String, Long> autoResponses = em.createQuery("SELECT m.autoResponseTo FROM OutboxMessage m "
                + "WHERE m.autoResponseTo LIKE :senders", String.class).setParameter("senders", "%@" + domain).getResultStream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(MESSAGES, autoResponses.size(), "every queued auto-response survived");
        assertTrue(autoResponses.values().stream().allMatch(n -> n == 1), "none queued twice: " + autoResponses);

        // the mailbox goes with the test's JVM: stop fetching from it
        transaction.begin();
        em.createQuery("UPDATE MailAccount a SET a.valid = FALSE WHERE a.login = :login").setParameter("login", MAILBOX)
                .executeUpdate();
        transaction.commit();
    }

    @Test
    @Order(5)
    @RunAsClient
    void stopTheServer() {
        deployer.undeploy(DEPLOYMENT);
        controller.stop(SERVER);
        mailServer.stop();
    }

    private void killAndStart(String when) {
        ServerProcess.kill();
        System.out.printf("MailCrashIT: killed %s, %d of %d delivered messages fetched, %d in the mailbox%n", when, fetched(),
                delivered, waiting());
        controller.stop(SERVER);
        controller.start(SERVER);
    }

    /** Puts {@code count} messages from as many senders into the mailbox, numbered from {@code first}. */
    private static void deliver(String domain, int first, int count) throws Exception {
        Session session = Session.getInstance(new Properties());
        for (int i = first; i < first + count; i++) {
            String id = "<mensaje-" + i + "@" + domain + ">";
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws jakarta.mail.MessagingException {
                    setHeader("Message-ID", id);
                }
            };
            message.setFrom(new InternetAddress("cliente" + i + "@" + domain));
            message.setRecipients(Message.RecipientType.TO, MAILBOX);
            message.setSubject("Mensaje " + i, "UTF-8");
            message.setText("Incidencia número " + i + ": la impresora no imprime.", "UTF-8");
            message.saveChanges();
            mailServer.getUserManager().getUserByEmail(MAILBOX).deliver(message);
        }
        delivered += count;
    }

    /** Messages of the mailbox the server has read whole (IMAP marks them seen), removed ones included. */
    private static int fetched() {
        MailFolder inbox = inbox();
        return delivered - inbox.getMessageCount() + (int) inbox.getMessages().stream()
                .filter(m -> m.isSet(Flags.Flag.SEEN)).count();
    }

    private static int waiting() {
        return inbox().getMessageCount();
    }

    private static MailFolder inbox() {
        try {
            return mailServer.getManagers().getImapHostManager().getInbox(mailServer.getUserManager().getUserByEmail(MAILBOX));
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path marker(String dataDirectory) {
        return Paths.get(dataDirectory, "mail-crash-it-domain.txt");
    }
}
