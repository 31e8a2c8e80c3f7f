package org.helpdesk.web.settings;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.settings.BaseUrl;
import org.helpdesk.settings.SettingsService;
import org.helpdesk.web.shared.Texts;

/**
 * For administrators while no address for links in e-mail is configured (neither in the settings
 * nor in the server's environment): offers the address their browser reached Helpdesk at.
 */
@Named
@RequestScoped
public class BaseUrlNotice {

    @EJB
    SettingsService service;

    @Inject
    Texts texts;

    private BaseUrl inUse;

    /** Whether to show the notice: call it only for administrators. */
    public boolean isShown() {
        return !inUse().isConfigured();
    }

    public String getText() {
        return texts.get("baseUrl.notice", inUse().value(), getProposal());
    }

    /** The address of this request: scheme, host, port and the application's path. */
    public String getProposal() {
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        return BaseUrl.of(request.getRequestScheme(), request.getRequestServerName(), request.getRequestServerPort(),
                request.getRequestContextPath());
    }

    /** Saves the proposed address and shows the page again (without the notice). */
    public String use() {
        service.useBaseUrl(getProposal());
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }

    private BaseUrl inUse() {
        if (inUse == null) {
            inUse = service.baseUrl();
        }
        return inUse;
    }
}
