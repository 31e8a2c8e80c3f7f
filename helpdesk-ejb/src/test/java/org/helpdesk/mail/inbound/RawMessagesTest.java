package org.helpdesk.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/** Reading a mailbox's messages a group at a time over IMAP, against a real IMAP server (GreenMail). */
class RawMessagesTest {

    private static final String MAILBOX = "soporte@desk.example";
    private static final int MESSAGES = 7;

    private final Session session = Session.getInstance(new Properties());
    private GreenMail server;
    private Store store;
    private Folder box;

    @BeforeEach
    void mailboxWithMessages() throws Exception {
        server = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        server.start();
        GreenMailUser user = server.setUser(MAILBOX, MAILBOX, "secret");
        for (int i = 1; i <= MESSAGES; i++) {
            // 8-bit text, a folded header and a body that grows with i: the bytes must come back as they are
            String raw = "From: Cliente " + i + " <cliente" + i + "@correo.example>\r\n"
                    + "To: " + MAILBOX + "\r\n"
                    + "Subject: La impresora del piso " + i + "\r\n"
                    + "X-Long: a header folded\r\n\tover two lines\r\n"
                    + "Message-ID: <raw-" + i + "@correo.example>\r\n"
                    + "Content-Type: text/plain; charset=ISO-8859-1\r\n"
                    + "Content-Transfer-Encoding: 8bit\r\n\r\n"
                    + "No imprime desde esta ma\u00f1ana.\r\n".repeat(i * 20);
            user.deliver(new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1))));
        }
        store = session.getStore("imap");
        store.connect("127.0.0.1", server.getImap().getPort(), MAILBOX, "secret");
        box = store.getFolder("INBOX");
        box.open(Folder.READ_WRITE);
    }

    @AfterEach
    void stop() throws Exception {
        box.close(false);
        store.close();
        server.stop();
    }

    @Test
    void theWantedMessagesComeInOneFetchWithTheBytesTheServerKeeps() throws Exception {
        Message[] all = box.getMessages();
        List<Message> wanted = List.of(all[0], all[2], all[3], all[6]);
        RawMessages raw = new RawMessages(box, wanted);

        Map<Integer, byte[]> group = raw.fetchGroup((IMAPFolder) box, 0);
        assertEquals(List.of(1, 3, 4, 7), group.keySet().stream().sorted().toList(), "every wanted message, no other");
        for (Message message : wanted) {
            byte[] alone = MailboxReader.raw(message);
            assertArrayEquals(alone, group.get(message.getMessageNumber()), "message " + message.getMessageNumber());
            assertArrayEquals(alone, raw.of(message));
            assertTrue(new String(alone, StandardCharsets.ISO_8859_1).contains("ma\u00f1ana"));
        }
    }

    @Test
    void aGroupStopsAtItsBytesAndALargerMessageComesAlone() throws Exception {
        Message[] all = box.getMessages();
        List<Message> wanted = Arrays.asList(all);
        long firstTwo = all[0].getSize() + all[1].getSize();

        RawMessages raw = new RawMessages(box, wanted, firstTwo);
        assertEquals(List.of(1, 2), raw.fetchGroup((IMAPFolder) box, 0).keySet().stream().sorted().toList());
        // the last message alone is larger than the group's bytes: it still comes, by itself
        assertTrue(all[6].getSize() > firstTwo);
        assertEquals(List.of(7), raw.fetchGroup((IMAPFolder) box, 6).keySet().stream().toList());

        List<byte[]> read = new ArrayList<>();
        for (Message message : all) {
            read.add(raw.of(message));
        }
        for (int i = 0; i < all.length; i++) {
            assertArrayEquals(MailboxReader.raw(all[i]), read.get(i), "message " + (i + 1));
        }
    }

    @Test
    void aMessageThatWasNotWantedIsReadByItself() throws Exception {
        Message[] all = box.getMessages();
        RawMessages raw = new RawMessages(box, List.of(all[0]));
        assertArrayEquals(MailboxReader.raw(all[4]), raw.of(all[4]));
        assertArrayEquals(MailboxReader.raw(all[0]), raw.of(all[0]));
    }
}
