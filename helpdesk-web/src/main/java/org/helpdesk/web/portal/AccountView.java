package org.helpdesk.web.portal;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.customer.Registration;
import org.helpdesk.customer.RegistrationService;
import org.helpdesk.web.shared.LanguageView;
import org.helpdesk.web.shared.Texts;

/** The customer's account pages before login: register, confirm, forgotten password, new password. */
@Named
@RequestScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RegistrationService registration;

    @Inject
    Texts texts;

    @Inject
    LanguageView language;

    private String firstName;
    private String lastName;
    private String email;
    private String company;
    private String password;
    private String token;
    private boolean done;

    /** The secret of an e-mail link arrives as the {@code token} parameter, on the first visit and on the post. */
    @PostConstruct
    void readToken() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
    }

    public void register() {
        registration.register(new Registration(firstName, lastName, email, company, password, language.getLanguage()));
        password = null;
        finish("account.registered");
    }

    /** Confirms the registration from the link in the e-mail (on opening the page). */
    public void activate() {
        if (token != null) {
            registration.activate(token);
            finish("account.activated");
        }
    }

    public void requestReset() {
        registration.requestPasswordReset(email);
        finish("account.resetRequested");
    }

    public void resetPassword() {
        registration.resetPassword(token, password);
        password = null;
        finish("account.passwordChanged");
    }

    private void finish(String key) {
        done = true;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(key), null));
    }

    public boolean isDone() {
        return done;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
