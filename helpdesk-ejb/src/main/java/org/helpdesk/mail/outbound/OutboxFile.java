package org.helpdesk.mail.outbound;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;

/** A file an outgoing message carries that is no article's attachment, such as a report's PDF. */
@Entity
@Table(name = "mail_outbox_file")
@NamedQuery(name = "OutboxFile.ofMessage", query = "SELECT f FROM OutboxFile f WHERE f.message.id = :message ORDER BY f.position")
public class OutboxFile extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "message_id", nullable = false)
    private OutboxMessage message;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 250)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 250)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected OutboxFile() {
    }

    OutboxFile(OutboxMessage message, int position, MailFile file) {
        this.message = message;
        this.position = position;
        this.filename = file.filename();
        this.contentType = file.contentType();
        this.content = file.content();
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }
}
