package org.helpdesk.mail.inbound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.MessageSet;

/**
 * The raw bytes of the messages a poll is going to store, in mailbox order. Over IMAP they are read a
 * group at a time, up to {@link #GROUP_BYTES} in one {@code FETCH}: one round trip per group instead of
 * one per message, which is what limits a mailbox at a distance (at 100 ms to the mail provider, one
 * message per round trip is ten messages a second at best). A group is read only when its first
 * message is wanted, so memory holds one group. Over POP3, and for a message a group did not bring,
 * each message is read by itself.
 */
final class RawMessages {

    private static final Logger LOG = Logger.getLogger(RawMessages.class.getName());
    /** The most a group of messages fetched together may weigh (a larger message comes alone). */
    static final long GROUP_BYTES = 8L * 1024 * 1024;

    private final Folder box;
    private final List<Message> wanted;
    private final long groupBytes;
    private final Map<Integer, byte[]> fetched = new HashMap<>();

    /** {@code wanted}: the messages that will be asked for, in the order they will be. */
    RawMessages(Folder box, List<Message> wanted) {
        this(box, wanted, GROUP_BYTES);
    }

    RawMessages(Folder box, List<Message> wanted, long groupBytes) {
        this.box = box;
        this.wanted = wanted;
        this.groupBytes = groupBytes;
    }

    /** The message's bytes exactly as the server keeps them. */
    byte[] of(Message message) throws MessagingException {
        byte[] raw = fetched.remove(message.getMessageNumber());
        if (raw == null && box instanceof IMAPFolder imap) {
            int first = wanted.indexOf(message);
            if (first >= 0) {
                fetched.clear();
                fetched.putAll(fetchGroup(imap, first));
                raw = fetched.remove(message.getMessageNumber());
            }
        }
        return raw != null ? raw : MailboxReader.raw(message);
    }

    /** The wanted messages from {@code first} on, up to the group's bytes, in one FETCH; by message number. */
    Map<Integer, byte[]> fetchGroup(IMAPFolder imap, int first) throws MessagingException {
        List<Integer> numbers = new ArrayList<>();
        long bytes = 0;
        for (int i = first; i < wanted.size(); i++) {
            int size = Math.max(wanted.get(i).getSize(), 0);
            if (!numbers.isEmpty() && bytes + size > groupBytes) {
                break;
            }
            numbers.add(wanted.get(i).getMessageNumber());
            bytes += size;
        }
        MessageSet[] sets = MessageSet.createMessageSets(numbers.stream().mapToInt(Integer::intValue).toArray());
        @SuppressWarnings("unchecked")
        Map<Integer, byte[]> bodies = (Map<Integer, byte[]>) imap.doCommand(protocol -> {
            // BODY[], not BODY.PEEK[]: read messages show as read in the mailbox, as when each is read by itself
            Response[] responses = protocol.fetch(sets, "BODY[]");
            Map<Integer, byte[]> found = new HashMap<>();
            List<Response> others = new ArrayList<>();
            for (Response response : responses) {
                BODY body = response instanceof FetchResponse fetch ? fetch.getItem(BODY.class) : null;
                if (body != null && (body.getSection() == null || body.getSection().isEmpty()) && body.getByteArray() != null) {
                    found.put(((FetchResponse) response).getNumber(), body.getByteArray().getNewBytes());
                } else {
                    others.add(response);
                }
            }
            // what else the server said (new or expunged messages, flags) goes to the folder, as for its own fetches
            protocol.notifyResponseHandlers(others.toArray(Response[]::new));
            try {
                protocol.handleResult(responses[responses.length - 1]);
            } catch (ProtocolException e) {
                // a message went away meanwhile, say: those that did not come are read one by one
                LOG.fine(() -> "Fetching " + sets.length + " message ranges together failed: " + e.getMessage());
            }
            return found;
        });
        return bodies;
    }
}
