package org.helpdesk.web.faq;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.helpdesk.faq.FaqCategory;
import org.helpdesk.faq.FaqRow;
import org.helpdesk.faq.KnowledgeBase;
import org.helpdesk.web.shared.PagedModel;

/** Customers and visitors: browse the FAQ by category and search it (the service decides what each may read). */
@Named
@ViewScoped
public class KnowledgeBaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    KnowledgeBase knowledgeBase;

    private String text;
    private Long categoryId;
    private List<FaqCategory> categories;
    private PagedModel<FaqRow> rows;

    public void load() {
        categories = knowledgeBase.categories();
        search();
    }

    public void search() {
        KnowledgeBase faq = knowledgeBase;
        String words = text;
        Long category = categoryId;
        rows = new PagedModel<>((first, size) -> faq.browse(category, words, first, size));
    }

    public void choose(Long category) {
        categoryId = category;
        search();
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
}
