package org.helpdesk.web.faq;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.faq.FaqArticle;
import org.helpdesk.faq.KnowledgeBase;
import org.helpdesk.web.shared.Texts;

/**
 * Reads one FAQ article (public, customer or, for agents, any) and takes the reader's "was it useful?".
 * Opened from a suggestion of the new-ticket form ({@code suggested=true}), the opening is recorded
 * for the deflection counts.
 */
@Named
@ViewScoped
public class FaqArticleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    KnowledgeBase knowledgeBase;

    @Inject
    FaqSession session;

    @Inject
    Texts texts;

    private Long id;
    private boolean suggested;
    private FaqArticle article;

    public void load() {
        if (id == null) {
            return;
        }
        article = knowledgeBase.read(id);
        if (suggested && session.firstOpening(id)) {
            knowledgeBase.openedFromSuggestion(id);
        }
    }

    public void rate(boolean helpful) {
        if (session.firstVote(id)) {
            knowledgeBase.rate(id, helpful);
            article = knowledgeBase.read(id);
        }
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("faq.thanks"), null));
    }

    public boolean isRated() {
        return id != null && session.rated(id);
    }

    public FaqArticle getArticle() {
        return article;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isSuggested() {
        return suggested;
    }

    public void setSuggested(boolean suggested) {
        this.suggested = suggested;
    }
}
