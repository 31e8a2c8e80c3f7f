package org.helpdesk.web.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A login and password typed into the login page of one portal. */
public class PortalCredential extends UsernamePasswordCredential {

    private final Portal portal;

    public PortalCredential(Portal portal, String login, String password) {
        super(login, password);
        this.portal = portal;
    }

    public Portal getPortal() {
        return portal;
    }
}
