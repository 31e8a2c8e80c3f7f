package org.helpdesk.mail.inbound;

/** How a mail account is read; the secure variants use TLS from the first byte. */
public enum MailProtocol {
    IMAP("imap", 143), IMAPS("imaps", 993), POP3("pop3", 110), POP3S("pop3s", 995);

    private final String store;
    private final int defaultPort;

    MailProtocol(String store, int defaultPort) {
        this.store = store;
        this.defaultPort = defaultPort;
    }

    /** The Jakarta Mail store protocol name. */
    public String store() {
        return store;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** POP3 knows only the inbox; IMAP can read any folder. */
    public boolean hasFolders() {
        return this == IMAP || this == IMAPS;
    }

    /** Whether password and mail would travel unencrypted: IMAP or POP3 without STARTTLS. */
    public boolean isPlaintext(boolean startTls) {
        return (this == IMAP || this == POP3) && !startTls;
    }
}
