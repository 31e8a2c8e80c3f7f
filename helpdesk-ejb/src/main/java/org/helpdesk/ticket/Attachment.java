package org.helpdesk.ticket;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;

/** A file attached to an article, stored in the database. */
@Entity
@Table(name = "attachment")
public class Attachment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /**
     * Read only when asked for (the permission checks): a download then reads the attachment row, and
     * its content when first asked for, without the article's ticket and all that the ticket refers to.
     */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Column(nullable = false, length = 250)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 250)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    /** For inline images referenced as {@code cid:} from an HTML body. */
    @Column(name = "content_id", length = 250)
    private String contentId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected Attachment() {
    }

    Attachment(Article article, String filename, String contentType, byte[] content, String contentId) {
        this.article = article;
        this.filename = filename;
        this.contentType = contentType;
        this.content = content.clone();
        this.size = content.length;
        this.contentId = contentId;
    }

    public Article getArticle() {
        return article;
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

    public String getContentId() {
        return contentId;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
