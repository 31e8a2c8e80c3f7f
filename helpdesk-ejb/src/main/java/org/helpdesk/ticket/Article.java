package org.helpdesk.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.helpdesk.shared.BaseEntity;
import org.helpdesk.shared.Stamp;

/** One message in a ticket's conversation: an e-mail, a phone call, a web message or a note. */
@Entity
@Table(name = "article")
@NamedQuery(name = "Article.ofTicket", query = "SELECT a FROM Article a WHERE a.ticket.id = :ticket ORDER BY a.createdAt, a.id")
@NamedQuery(name = "Article.ofTicketForCustomer",
        query = "SELECT a FROM Article a WHERE a.ticket.id = :ticket AND a.visibleForCustomer = TRUE ORDER BY a.createdAt, a.id")
@NamedQuery(name = "Article.lastMailFromCustomer", query = "SELECT a FROM Article a WHERE a.ticket.id = :ticket "
        + "AND a.sender = org.helpdesk.ticket.SenderType.CUSTOMER AND a.messageId IS NOT NULL ORDER BY a.createdAt DESC, a.id DESC")
@NamedQuery(name = "Article.ticketsOfMessages",
        query = "SELECT a.ticket FROM Article a WHERE a.messageId IN :messageIds ORDER BY a.createdAt DESC, a.id DESC")
@NamedQuery(name = "Article.addressesOfTicket", query = "SELECT a.from, a.to, a.cc FROM Article a WHERE a.ticket = :ticket")
@NamedQuery(name = "Article.moveToTicket", query = "UPDATE Article a SET a.ticket = :target WHERE a.ticket = :source")
public class Article extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "sender_type", nullable = false, length = 20)
    private SenderType sender;

    @Column(name = "visible_for_customer", nullable = false)
    private boolean visibleForCustomer;

    @Column(name = "from_address", length = 500)
    private String from;

    @Column(name = "to_address", length = 2000)
    private String to;

    @Column(name = "cc_address", length = 2000)
    private String cc;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "body_plain", nullable = false)
    private String body;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "message_id", length = 500)
    private String messageId;

    @Column(name = "in_reply_to", length = 500)
    private String inReplyTo;

    @Column(name = "message_references")
    private String references;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Embedded
    private ArticleSecurity security = new ArticleSecurity();

    /** Asked by the agent for the e-mail of this article; not stored (the outbox keeps what was built). */
    @Transient
    private MailSecurityRequest securityRequest = MailSecurityRequest.NONE;

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    protected Article() {
    }

    public Article(Ticket ticket, NewArticle content, Stamp stamp) {
        this.ticket = ticket;
        this.channel = content.channel();
        this.sender = content.sender();
        this.visibleForCustomer = content.visibleForCustomer();
        this.from = content.from();
        this.to = content.to();
        this.cc = content.cc();
        this.subject = content.subject();
        this.body = content.body();
        this.bodyHtml = content.bodyHtml();
        this.createdAt = stamp.at();
        this.createdBy = stamp.by();
        this.securityRequest = content.security();
        for (NewAttachment file : content.attachments()) {
            attachments.add(new Attachment(this, AttachmentPolicy.safeName(file.filename()),
                    AttachmentPolicy.contentType(file.content(), file.contentType()), file.content(), file.contentId()));
        }
    }

    /**
     * Records that this article went by e-mail, and what was sent: the sender (the queue's address;
     * none for the desk's default sender), recipient, subject and threading headers.
     */
    public void sent(String from, String to, String subject, String messageId, String inReplyTo, String references) {
        this.channel = Channel.EMAIL;
        this.from = from;
        this.to = to;
        this.subject = subject.length() > 500 ? subject.substring(0, 500) : subject;
        thread(messageId, inReplyTo, references);
    }

    /** Records how this article's e-mail was secured, sent or received. */
    public void secured(ArticleSecurity security) {
        this.security = security;
    }

    public ArticleSecurity getSecurity() {
        return security;
    }

    public MailSecurityRequest getSecurityRequest() {
        return securityRequest;
    }

    /** Sets the e-mail threading headers of this article. */
    public void thread(String messageId, String inReplyTo, String references) {
        this.messageId = messageId;
        this.inReplyTo = inReplyTo;
        this.references = references;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Channel getChannel() {
        return channel;
    }

    public SenderType getSender() {
        return sender;
    }

    public boolean isVisibleForCustomer() {
        return visibleForCustomer;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getCc() {
        return cc;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    /**
     * The HTML body made safe to show (see {@link HtmlSanitizer}), its inline images ({@code cid:})
     * pointing at their attachments; {@code null} when the article is plain text.
     */
    public String getSafeHtml() {
        if (bodyHtml == null) {
            return null;
        }
        String html = bodyHtml;
        for (Attachment attachment : attachments) {
            if (attachment.getContentId() != null && attachment.getId() != null) {
                html = html.replace("cid:" + attachment.getContentId(), "attachment?id=" + attachment.getId());
            }
        }
        return HtmlSanitizer.sanitize(html);
    }

    public String getMessageId() {
        return messageId;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public String getReferences() {
        return references;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }
}
