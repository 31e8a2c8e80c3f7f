package org.helpdesk.faq;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/**
 * A FAQ article: a known problem and its solution. Every save is a new {@link FaqRevision}; when the
 * desk asks for approval, a change by an agent who is not an administrator waits for one before
 * customers see the article again.
 */
@Entity
@Table(name = "faq_item")
@EntityListeners(AuditListener.class)
public class FaqItem extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 255)
    private String title;

    @Column
    private String symptom;

    @Column(nullable = false)
    private String solution;

    @Column(length = 500)
    private String keywords;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id", nullable = false)
    private FaqCategory category;

    @Column(nullable = false, length = 10)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FaqVisibility visibility;

    @Column(nullable = false)
    private boolean valid;

    @Column(nullable = false)
    private boolean approved;

    /** The number of the latest {@link FaqRevision}. */
    @Column(nullable = false)
    private int revision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy;

    @Column(name = "helpful_yes", nullable = false)
    private int helpfulYes;

    @Column(name = "helpful_no", nullable = false)
    private int helpfulNo;

    protected FaqItem() {
    }

    FaqItem(String by, Instant at) {
        this.createdBy = by;
        this.createdAt = at;
    }

    /** Takes the form's content as the next revision, approved or waiting for approval. */
    FaqRevision change(FaqForm form, FaqCategory category, boolean approved, String by, Instant at) {
        this.title = form.title().strip();
        this.symptom = form.symptom();
        this.solution = form.solution();
        this.keywords = form.keywords() == null || form.keywords().isBlank() ? null : form.keywords().strip();
        this.category = category;
        this.language = form.language();
        this.visibility = form.visibility();
        this.valid = form.valid();
        this.approved = approved;
        this.changedBy = by;
        this.changedAt = at;
        return new FaqRevision(this, ++revision);
    }

    void approve() {
        approved = true;
    }

    /** A change outside the revisions (a file added or removed) that waits for approval, when the desk asks for it. */
    void filesChanged(boolean approved) {
        this.approved = this.approved && approved;
    }

    /** Whether a customer (or, for a public article, anyone) may read it. */
    public boolean isPublished() {
        return valid && approved && visibility != FaqVisibility.INTERNAL;
    }

    public String getTitle() {
        return title;
    }

    public String getSymptom() {
        return symptom;
    }

    public String getSolution() {
        return solution;
    }

    public String getKeywords() {
        return keywords;
    }

    public FaqCategory getCategory() {
        return category;
    }

    public String getLanguage() {
        return language;
    }

    public FaqVisibility getVisibility() {
        return visibility;
    }

    public boolean isValid() {
        return valid;
    }

    public boolean isApproved() {
        return approved;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public int getHelpfulYes() {
        return helpfulYes;
    }

    public int getHelpfulNo() {
        return helpfulNo;
    }
}
