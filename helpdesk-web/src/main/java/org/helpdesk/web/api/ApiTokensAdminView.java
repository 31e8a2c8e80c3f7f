package org.helpdesk.web.api;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.login.ApiToken;
import org.helpdesk.login.ApiTokens;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;

/** Admin: API tokens of the native API: create (the token shown once), list, revoke. */
@Named
@ViewScoped
public class ApiTokensAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ApiTokens service;

    @Inject
    Clock clock;

    @Inject
    Texts texts;

    private PagedModel<ApiToken> tokens;
    private String name;
    private boolean agent = true;
    private String login;
    private boolean write;
    private LocalDate expires = LocalDate.now().plusDays(90);
    private String created;

    public void load() {
        tokens = new PagedModel<>(service::list);
    }

    public void create() {
        created = service.create(name, agent, login, write, expires);
        name = null;
        login = null;
        write = false;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    public void revoke(ApiToken token) {
        service.revoke(token.getId());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("apiToken.revoked"), null));
    }

    public PagedModel<ApiToken> getTokens() {
        return tokens;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isAgent() {
        return agent;
    }

    public void setAgent(boolean agent) {
        this.agent = agent;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public boolean isWrite() {
        return write;
    }

    public void setWrite(boolean write) {
        this.write = write;
    }

    public LocalDate getExpires() {
        return expires;
    }

    public void setExpires(LocalDate expires) {
        this.expires = expires;
    }

    /** The token just created: shown once, on this page. */
    public String getCreated() {
        return created;
    }

    public boolean isActive(ApiToken token) {
        return token.holdsAt(clock.instant());
    }
}
