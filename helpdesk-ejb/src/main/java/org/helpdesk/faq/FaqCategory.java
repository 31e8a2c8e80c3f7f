package org.helpdesk.faq;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/** A node of the FAQ's category tree ("Hardware › Impresoras"). */
@Entity
@Table(name = "faq_category")
@EntityListeners(AuditListener.class)
public class FaqCategory extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private FaqCategory parent;

    @Column(nullable = false)
    private boolean valid = true;

    protected FaqCategory() {
    }

    FaqCategory(String name, FaqCategory parent, boolean valid) {
        change(name, parent, valid);
    }

    /** Renames or moves the category; never under itself or one of its own sub-categories. */
    void change(String name, FaqCategory parent, boolean valid) {
        for (FaqCategory above = parent; above != null; above = above.parent) {
            if (above == this) {
                throw new IllegalArgumentException("cycle");
            }
        }
        this.name = name;
        this.parent = parent;
        this.valid = valid;
    }

    public String getName() {
        return name;
    }

    public FaqCategory getParent() {
        return parent;
    }

    public boolean isValid() {
        return valid;
    }

    /** The names from the root down to this one: "Hardware › Impresoras". */
    public String getPath() {
        return parent == null ? name : parent.getPath() + " › " + name;
    }
}
