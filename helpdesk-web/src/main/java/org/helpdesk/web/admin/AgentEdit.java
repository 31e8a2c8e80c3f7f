package org.helpdesk.web.admin;

import java.io.Serializable;

import org.helpdesk.agent.AgentForm;

/** The editable fields of an agent on the page; becomes an {@link AgentForm} for the service. */
public class AgentEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String login;
    private String firstName;
    private String lastName;
    private String email;
    private String language;
    private String timeZone;
    private String password;
    private boolean valid;

    static AgentEdit of(AgentForm form) {
        AgentEdit edit = new AgentEdit();
        edit.id = form.id();
        edit.version = form.version();
        edit.login = form.login();
        edit.firstName = form.firstName();
        edit.lastName = form.lastName();
        edit.email = form.email();
        edit.language = form.language();
        edit.timeZone = form.timeZone();
        edit.valid = form.valid();
        return edit;
    }

    AgentForm toForm() {
        return new AgentForm(id, version, login, firstName, lastName, email, language, timeZone, password, valid);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
