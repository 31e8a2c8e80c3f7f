package org.helpdesk.web.mail;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.mail.crypto.MailKey;
import org.helpdesk.mail.crypto.MailKeyService;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;
import org.primefaces.model.file.UploadedFile;

/** Admin: the S/MIME certificates and PGP keys (import, list with fingerprints and expiry, remove). */
@Named
@ViewScoped
public class MailKeysView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MailKeyService service;

    @Inject
    Texts texts;

    private PagedModel<MailKey> keys;
    private transient UploadedFile file;
    /** Never kept with the view longer than the import: not serialized, cleared whatever happens. */
    private transient String password;
    private boolean trustAuthorities;

    public void load() {
        keys = new PagedModel<>(service::keys);
    }

    public void importFile() {
        if (file == null || file.getSize() == 0) {
            throw new ValidationException("file", "keys.import.empty");
        }
        List<MailKey> imported;
        try {
            imported = service.importKeys(file.getContent(), password, trustAuthorities);
        } finally {
            password = null;
        }
        trustAuthorities = false;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.get("keys.imported", imported.size()), null));
    }

    public void remove(MailKey key) {
        service.remove(key.getId());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.get("keys.removed"), null));
    }

    /** Whether a key never expires, is valid, expires soon or has expired: {@code never}, {@code valid}... */
    public String expiry(MailKey key) {
        return key.expiry(Instant.now()).name().toLowerCase(Locale.ROOT);
    }

    public String addresses(MailKey key) {
        return String.join(", ", key.getAddresses());
    }

    public PagedModel<MailKey> getKeys() {
        return keys;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isTrustAuthorities() {
        return trustAuthorities;
    }

    public void setTrustAuthorities(boolean trustAuthorities) {
        this.trustAuthorities = trustAuthorities;
    }
}
