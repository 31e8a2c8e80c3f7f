package org.helpdesk.faq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;

/** One saved state of a FAQ article, kept so every earlier version can be read: who, when and what. */
@Entity
@Table(name = "faq_revision")
public class FaqRevision extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "faq_item_id", nullable = false)
    private FaqItem item;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 255)
    private String title;

    @Column
    private String symptom;

    @Column(nullable = false)
    private String solution;

    @Column(length = 500)
    private String keywords;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(nullable = false, length = 10)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FaqVisibility visibility;

    @Column(nullable = false)
    private boolean valid;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy;

    protected FaqRevision() {
    }

    FaqRevision(FaqItem item, int revision) {
        this.item = item;
        this.revision = revision;
        this.title = item.getTitle();
        this.symptom = item.getSymptom();
        this.solution = item.getSolution();
        this.keywords = item.getKeywords();
        this.categoryId = item.getCategory().getId();
        this.language = item.getLanguage();
        this.visibility = item.getVisibility();
        this.valid = item.isValid();
        this.changedAt = item.getChangedAt();
        this.changedBy = item.getChangedBy();
    }

    /** The fields that differ from {@code before} (null for the first revision: everything is new). */
    public List<String> changedSince(FaqRevision before) {
        if (before == null) {
            return List.of();
        }
        List<String> changed = new ArrayList<>();
        compare(changed, "title", title, before.title);
        compare(changed, "symptom", symptom, before.symptom);
        compare(changed, "solution", solution, before.solution);
        compare(changed, "keywords", keywords, before.keywords);
        compare(changed, "category", categoryId, before.categoryId);
        compare(changed, "language", language, before.language);
        compare(changed, "visibility", visibility, before.visibility);
        compare(changed, "valid", valid, before.valid);
        return changed;
    }

    private static void compare(List<String> changed, String field, Object now, Object then) {
        if (!Objects.equals(now, then)) {
            changed.add(field);
        }
    }

    public int getRevision() {
        return revision;
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

    public long getCategoryId() {
        return categoryId;
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

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
