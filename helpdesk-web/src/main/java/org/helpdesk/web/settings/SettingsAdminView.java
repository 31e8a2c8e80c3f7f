package org.helpdesk.web.settings;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.settings.BaseUrl;
import org.helpdesk.settings.Logo;
import org.helpdesk.settings.SettingsForm;
import org.helpdesk.settings.SettingsService;
import org.helpdesk.settings.SystemSettings;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.web.shared.Texts;
import org.primefaces.model.file.UploadedFile;

/**
 * Admin: system settings (ticket hook, attachment limit, self-registration, language, session, lock
 * on answer, address for links in e-mail) and branding.
 */
@Named
@ViewScoped
public class SettingsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SettingsService service;

    @Inject
    Texts texts;

    private long version;
    private String productName;
    private String ticketHook;
    private int maxAttachmentMb;
    private boolean selfRegistration;
    private String defaultLanguage;
    private int sessionTimeoutMinutes;
    private String headerColor;
    private String accentColor;
    private boolean lockOnAnswer;
    private boolean faqApproval;
    private String baseUrl;
    /** Which address links use now, and why. */
    private String baseUrlInUse;
    private boolean loginLogo;
    private boolean headerLogo;
    private transient UploadedFile loginFile;
    private transient UploadedFile headerFile;

    public void load() {
        show(service.current());
        BaseUrl inUse = service.baseUrl();
        baseUrlInUse = texts.get("admin.settings.baseUrlHint", inUse.value(),
                texts.get("admin.settings.baseUrlSource." + inUse.source()));
    }

    private void show(SystemSettings settings) {
        SettingsForm form = SettingsForm.of(settings);
        version = form.version();
        productName = form.productName();
        ticketHook = form.ticketHook();
        maxAttachmentMb = form.maxAttachmentMb();
        selfRegistration = form.selfRegistration();
        defaultLanguage = form.defaultLanguage();
        sessionTimeoutMinutes = form.sessionTimeoutMinutes();
        headerColor = form.headerColor();
        accentColor = form.accentColor();
        lockOnAnswer = form.lockOnAnswer();
        faqApproval = form.faqApproval();
        baseUrl = form.baseUrl();
        loginLogo = settings.hasLoginLogo();
        headerLogo = settings.hasHeaderLogo();
    }

    public String save() {
        checkLogoSize(loginFile);
        checkLogoSize(headerFile);
        service.save(new SettingsForm(version, productName, ticketHook, maxAttachmentMb, selfRegistration, defaultLanguage,
                sessionTimeoutMinutes, color(headerColor), color(accentColor), lockOnAnswer, baseUrl, faqApproval));
        upload(Logo.Kind.LOGIN, loginFile);
        upload(Logo.Kind.HEADER, headerFile);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        // a new page: the header shows the new name, colours and logo
        return "/admin/settings?faces-redirect=true";
    }

    public String removeLogo(String kind) {
        service.uploadLogo(Logo.Kind.valueOf(kind), null, null);
        return "/admin/settings?faces-redirect=true";
    }

    private void upload(Logo.Kind kind, UploadedFile file) {
        if (file != null && file.getSize() > 0) {
            service.uploadLogo(kind, file.getContent(), file.getContentType());
        }
    }

    /** Refuses a logo from the size of its temporary file, before anything is saved or read into memory. */
    private static void checkLogoSize(UploadedFile file) {
        if (file != null && file.getSize() > SettingsService.MAX_LOGO_BYTES) {
            throw new ValidationException("logo", "validation.logoSize", SettingsService.MAX_LOGO_BYTES / 1024);
        }
    }

    /** The colour picker gives {@code 1e3a5f}; the service wants {@code #1e3a5f}. */
    private static String color(String value) {
        return value == null || value.isBlank() || value.startsWith("#") ? value : "#" + value;
    }

    public long getVersion() {
        return version;
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public String getTicketHook() {
        return ticketHook;
    }

    public void setTicketHook(String ticketHook) {
        this.ticketHook = ticketHook;
    }

    public int getMaxAttachmentMb() {
        return maxAttachmentMb;
    }

    public void setMaxAttachmentMb(int maxAttachmentMb) {
        this.maxAttachmentMb = maxAttachmentMb;
    }

    public boolean isSelfRegistration() {
        return selfRegistration;
    }

    public void setSelfRegistration(boolean selfRegistration) {
        this.selfRegistration = selfRegistration;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public int getSessionTimeoutMinutes() {
        return sessionTimeoutMinutes;
    }

    public void setSessionTimeoutMinutes(int sessionTimeoutMinutes) {
        this.sessionTimeoutMinutes = sessionTimeoutMinutes;
    }

    public String getHeaderColor() {
        return headerColor;
    }

    public void setHeaderColor(String headerColor) {
        this.headerColor = headerColor;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public void setAccentColor(String accentColor) {
        this.accentColor = accentColor;
    }

    public boolean isFaqApproval() {
        return faqApproval;
    }

    public void setFaqApproval(boolean faqApproval) {
        this.faqApproval = faqApproval;
    }

    public boolean isLockOnAnswer() {
        return lockOnAnswer;
    }

    public void setLockOnAnswer(boolean lockOnAnswer) {
        this.lockOnAnswer = lockOnAnswer;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getBaseUrlInUse() {
        return baseUrlInUse;
    }

    public boolean isLoginLogo() {
        return loginLogo;
    }

    public boolean isHeaderLogo() {
        return headerLogo;
    }

    /** The largest logo accepted, for the page's size check before sending. */
    public int getMaxLogoBytes() {
        return SettingsService.MAX_LOGO_BYTES;
    }

    public int getMaxLogoKb() {
        return SettingsService.MAX_LOGO_BYTES / 1024;
    }

    public UploadedFile getLoginFile() {
        return loginFile;
    }

    public void setLoginFile(UploadedFile loginFile) {
        this.loginFile = loginFile;
    }

    public UploadedFile getHeaderFile() {
        return headerFile;
    }

    public void setHeaderFile(UploadedFile headerFile) {
        this.headerFile = headerFile;
    }
}
