package org.helpdesk.faq;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;

/** A file of a FAQ article (a driver, a screenshot), stored in the database. */
@Entity
@Table(name = "faq_attachment")
public class FaqAttachment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "faq_item_id", nullable = false)
    private FaqItem item;

    @Column(nullable = false, length = 250)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 250)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected FaqAttachment() {
    }

    FaqAttachment(FaqItem item, String filename, String contentType, byte[] content) {
        this.item = item;
        this.filename = filename;
        this.contentType = contentType;
        this.content = content.clone();
        this.size = content.length;
    }

    public FaqItem getItem() {
        return item;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
