package org.helpdesk.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.helpdesk.settings.SettingsService;
import org.helpdesk.settings.SystemSettings;

/** The desk's branding and public settings for the pages: product name, colours, logos, self-registration. */
@Named("site")
@RequestScoped
public class SiteView {

    @EJB
    SettingsService service;

    private SystemSettings settings;

    @PostConstruct
    void read() {
        settings = service.current();
    }

    public String getProductName() {
        return settings.getProductName();
    }

    public String getHeaderColor() {
        return settings.getHeaderColor();
    }

    public String getAccentColor() {
        return settings.getAccentColor();
    }

    public boolean isLoginLogo() {
        return settings.hasLoginLogo();
    }

    public boolean isHeaderLogo() {
        return settings.hasHeaderLogo();
    }

    public boolean isSelfRegistration() {
        return settings.isSelfRegistration();
    }

    /** The desk's attachment limit (System settings), for the pages' size check before sending. */
    public int getMaxAttachmentMb() {
        return settings.getMaxAttachmentMb();
    }

    public long getMaxAttachmentBytes() {
        return settings.getMaxAttachmentBytes();
    }

    /** Changes whenever the settings do: makes browsers fetch a new logo. */
    public long getVersion() {
        return settings.getVersion();
    }
}
