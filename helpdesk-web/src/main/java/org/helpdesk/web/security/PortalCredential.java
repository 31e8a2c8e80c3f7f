package org.helpdesk.web.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

import org.helpdesk.login.LoginResult;

/**
 * A login and password typed into the login page of one portal, from a client address; the
 * identity store leaves the outcome on it for the login page.
 */
public class PortalCredential extends UsernamePasswordCredential {

    private final Portal portal;
    private final String clientAddress;
    private LoginResult result;

    public PortalCredential(Portal portal, String login, String password, String clientAddress) {
        super(login, password);
        this.portal = portal;
        this.clientAddress = clientAddress;
    }

    public Portal getPortal() {
        return portal;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public LoginResult getResult() {
        return result;
    }

    void setResult(LoginResult result) {
        this.result = result;
    }
}
