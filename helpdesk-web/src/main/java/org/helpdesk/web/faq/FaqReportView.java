package org.helpdesk.web.faq;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.helpdesk.faq.FaqStatistic;
import org.helpdesk.faq.KnowledgeBase;
import org.helpdesk.web.shared.PagedModel;

/** Managers: which FAQ articles customers opened from suggestions, and how many tickets they spared. */
@Named
@ViewScoped
public class FaqReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    KnowledgeBase knowledgeBase;

    private PagedModel<FaqStatistic> rows;

    @PostConstruct
    void init() {
        KnowledgeBase faq = knowledgeBase;
        rows = new PagedModel<>(faq::statistics);
    }

    public PagedModel<FaqStatistic> getRows() {
        return rows;
    }
}
