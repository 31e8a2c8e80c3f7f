package org.helpdesk.web.mail;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.mail.inbound.ConnectionCheck;
import org.helpdesk.mail.inbound.MailAccount;
import org.helpdesk.mail.inbound.MailAccountForm;
import org.helpdesk.mail.inbound.MailAccountService;
import org.helpdesk.mail.inbound.MailProtocol;
import org.helpdesk.mail.inbound.OAuthProvider;
import org.helpdesk.mail.inbound.PollResult;
import org.helpdesk.mail.inbound.ServerCertificate;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueService;
import org.helpdesk.queue.SystemAddress;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;

/** Admin: the mail accounts Helpdesk fetches from, and the desk's system addresses. */
@Named
@ViewScoped
public class MailAccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MailAccountService service;

    @EJB
    QueueService queueService;

    @Inject
    Texts texts;

    private PagedModel<MailAccount> accounts;
    private PagedModel<SystemAddress> addresses;
    private List<Queue> queues;
    private AccountForm form;
    private AddressForm address;
    /** The certificate the last "test connection" was refused, offered to be trusted; or null. */
    private ServerCertificate untrusted;

    /** How an OAuth2 authorization ended, as {@link OAuthCallbackServlet} reports it: ok or error, and the words. */
    private String oauthOutcome;
    private String oauthReason;

    public void load() {
        if (oauthOutcome != null && oauthReason != null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage("ok".equals(oauthOutcome)
                    ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, oauthReason, null));
        }
        accounts = new PagedModel<>(service::accounts);
        addresses = new PagedModel<>(service::systemAddresses);
        queues = queueService.allQueues();
    }

    public void create() {
        form = AccountForm.of(MailAccountForm.blank());
        untrusted = null;
    }

    public void edit(MailAccount account) {
        form = AccountForm.of(MailAccountForm.of(service.account(account.getId())));
        untrusted = null;
    }

    public void providerChanged() {
        form.providerChanged();
    }

    /**
     * "Authorize": saves nothing; sends the administrator to the provider to sign in with the mailbox's account
     * and consent. The provider sends them back to {@link OAuthCallbackServlet}.
     */
    public void authorize(MailAccount account) throws java.io.IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(service.beginAuthorization(account.getId()));
    }

    /** The redirect address to register with the provider's OAuth2 client. */
    public String getRedirectUri() {
        return service.redirectUri();
    }

    public String getOauthOutcome() {
        return oauthOutcome;
    }

    public void setOauthOutcome(String oauthOutcome) {
        this.oauthOutcome = oauthOutcome;
    }

    public String getOauthReason() {
        return oauthReason;
    }

    public void setOauthReason(String oauthReason) {
        this.oauthReason = oauthReason;
    }

    public OAuthProvider[] getOauthProviders() {
        return OAuthProvider.values();
    }

    /** Puts the usual port of the chosen protocol into the form. */
    public void protocolChanged() {
        form.setPort(form.getProtocol().defaultPort());
    }

    public void save() {
        service.save(form.toRecord());
        form = null;
        untrusted = null;
        info(texts.get("admin.saved"));
    }

    public void test() {
        untrusted = null;
        ConnectionCheck check = service.testConnection(form.toRecord());
        FacesContext.getCurrentInstance().addMessage(null, check.ok()
                ? new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("mail.account.testOk", check.messages()), null)
                : new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("mail.account.testFailed", check.error()), null));
        untrusted = check.certificate();
    }

    /** "Trust this certificate": puts the fingerprint the administrator compared into the form, to be saved. */
    public void trustCertificate() {
        if (form != null && untrusted != null) {
            form.setTrustedCertificateSha256(untrusted.sha256());
            untrusted = null;
            info(texts.get("mail.account.certificate.trusted"));
        }
    }

    public void pollNow(MailAccount account) {
        PollResult result = service.pollNow(account.getId());
        info(texts.get("mail.account.polled", result.fetched(), result.newTickets(), result.followUps(), result.quarantined(),
                result.removed(), result.leftInMailbox()));
    }

    public void cancel() {
        form = null;
        address = null;
        untrusted = null;
    }

    public void createAddress() {
        address = new AddressForm();
        address.setValid(true);
    }

    public void editAddress(SystemAddress row) {
        address = new AddressForm();
        address.setId(row.getId());
        address.setVersion(row.getVersion());
        address.setEmail(row.getEmail());
        address.setDisplayName(row.getDisplayName());
        address.setQueueId(row.getQueue().getId());
        address.setValid(row.isValid());
    }

    public void saveAddress() {
        service.saveSystemAddress(address.toRecord());
        address = null;
        info(texts.get("admin.saved"));
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public MailProtocol[] getProtocols() {
        return MailProtocol.values();
    }

    public PagedModel<MailAccount> getAccounts() {
        return accounts;
    }

    public PagedModel<SystemAddress> getAddresses() {
        return addresses;
    }

    public List<Queue> getQueues() {
        return queues;
    }

    public AccountForm getForm() {
        return form;
    }

    public ServerCertificate getUntrusted() {
        return untrusted;
    }

    public AddressForm getAddress() {
        return address;
    }
}
