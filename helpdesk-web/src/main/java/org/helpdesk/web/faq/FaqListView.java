package org.helpdesk.web.faq;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.helpdesk.faq.FaqCategory;
import org.helpdesk.faq.FaqRow;
import org.helpdesk.faq.FaqService;
import org.helpdesk.faq.KnowledgeBase;
import org.helpdesk.web.shared.PagedModel;

/** Agents: the knowledge base's articles, searched and filtered, paged in the database. */
@Named
@ViewScoped
public class FaqListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FaqService service;

    @EJB
    KnowledgeBase knowledgeBase;

    private String text;
    private Long categoryId;
    private boolean awaitingApproval;
    private List<FaqCategory> categories;
    private PagedModel<FaqRow> rows;

    public void load() {
        categories = knowledgeBase.categories();
        search();
    }

    public void search() {
        FaqService faq = service;
        String words = text;
        Long category = categoryId;
        boolean awaiting = awaitingApproval;
        rows = new PagedModel<>((first, size) -> faq.list(words, category, awaiting, first, size));
    }

    public PagedModel<FaqRow> getRows() {
        return rows;
    }

    public List<FaqCategory> getCategories() {
        return categories;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public boolean isAwaitingApproval() {
        return awaitingApproval;
    }

    public void setAwaitingApproval(boolean awaitingApproval) {
        this.awaitingApproval = awaitingApproval;
    }
}
