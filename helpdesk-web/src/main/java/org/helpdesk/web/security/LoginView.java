package org.helpdesk.web.security;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.helpdesk.agent.ProfileService;
import org.helpdesk.login.LoginResult;
import org.helpdesk.web.shared.LanguageView;
import org.helpdesk.web.shared.Texts;

/** The agent and customer login forms. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    Texts texts;

    @Inject
    LanguageView language;

    @EJB
    ProfileService profile;

    private String login;
    private String password;
    private String continueTo;

    /** The page the visitor wanted before they were sent to log in (the {@code continue} parameter). */
    @PostConstruct
    void rememberTarget() {
        continueTo = faces.getExternalContext().getRequestParameterMap().get("continue");
    }

    public void agentLogin() throws IOException {
        authenticate(Portal.AGENT);
    }

    public void customerLogin() throws IOException {
        authenticate(Portal.CUSTOMER);
    }

    public void logout() throws IOException {
        ExternalContext external = faces.getExternalContext();
        Portal portal = Portal.of(((HttpServletRequest) external.getRequest()).getServletPath());
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            // Already logged out: nothing to undo.
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + portal.loginPage());
    }

    private void authenticate(Portal portal) throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        PortalCredential credential = new PortalCredential(portal, login, password == null ? "" : password,
                request.getRemoteAddr());
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
        password = null;
        LoginResult result = credential.getResult();
        switch (status) {
        case SUCCESS -> {
            // a new session id at every login: an id known before the login (fixation) is worth nothing after it
            request.getSession(true);
            request.changeSessionId();
            new SessionStamp(portal, result.login(), result.credentialsVersion()).store(request.getSession());
            if (portal == Portal.AGENT) {
                language.use(profile.language());
            }
            String target = portal.owns(continueTo) ? continueTo : portal.homePage();
            external.redirect(external.getRequestContextPath() + target);
        }
        case SEND_CONTINUE -> faces.responseComplete();
        default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                texts.get(result != null && result.outcome() == LoginResult.Outcome.THROTTLED ? "login.throttled" : "login.failed"),
                null));
        }
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

}
