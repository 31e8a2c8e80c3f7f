package org.helpdesk.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.helpdesk.agent.ProfileService;
import org.helpdesk.web.shared.Texts;

/** The agent's own password change in Preferences; the agent's other sessions end, this one goes on. */
@Named
@RequestScoped
public class PasswordView {

    @EJB
    ProfileService profile;

    @Inject
    FacesContext faces;

    @Inject
    Texts texts;

    private String current;
    private String newPassword;
    private String repeated;
    private Boolean mustChange;

    public boolean isMustChange() {
        if (mustChange == null) {
            mustChange = profile.mustChangePassword();
        }
        return mustChange;
    }

    public void change() {
        int version = profile.changePassword(current, newPassword, repeated);
        current = null;
        newPassword = null;
        repeated = null;
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpSession session = request.getSession();
        SessionStamp stamp = SessionStamp.of(session);
        if (stamp != null) {
            stamp.withVersion(version).store(session);
        }
        request.changeSessionId();
        mustChange = false;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("preferences.password.changed"), null));
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
