package org.helpdesk.web.mail;

import java.io.Serializable;

import org.helpdesk.mail.inbound.MailAccountForm;
import org.helpdesk.mail.inbound.MailProtocol;

/** The editable fields of a mail account on the page; becomes a {@link MailAccountForm} for the service. */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String name;
    private MailProtocol protocol;
    private boolean startTls;
    private String host;
    private int port;
    private String login;
    private String password;
    private String folder;
    private int pollSeconds;
    private Long queueId;
    private boolean dispatchByRecipient;
    private boolean valid;
    private String trustedCertificateSha256;
    private boolean allowPlaintext;

    static AccountForm of(MailAccountForm record) {
        AccountForm form = new AccountForm();
        form.id = record.id();
        form.version = record.version();
        form.name = record.name();
        form.protocol = record.protocol();
        form.startTls = record.startTls();
        form.host = record.host();
        form.port = record.port();
        form.login = record.login();
        form.folder = record.folder();
        form.pollSeconds = record.pollSeconds();
        form.queueId = record.queueId();
        form.dispatchByRecipient = record.dispatchByRecipient();
        form.valid = record.valid();
        form.trustedCertificateSha256 = record.trustedCertificateSha256();
        form.allowPlaintext = record.allowPlaintext();
        return form;
    }

    MailAccountForm toRecord() {
        return new MailAccountForm(id, version, name, protocol, startTls, host, port, login, password, folder, pollSeconds,
                queueId, dispatchByRecipient, valid, trustedCertificateSha256, allowPlaintext);
    }

    public boolean isNew() {
        return id == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MailProtocol getProtocol() {
        return protocol;
    }

    public void setProtocol(MailProtocol protocol) {
        this.protocol = protocol;
    }

    public boolean isStartTls() {
        return startTls;
    }

    public void setStartTls(boolean startTls) {
        this.startTls = startTls;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    public int getPollSeconds() {
        return pollSeconds;
    }

    public void setPollSeconds(int pollSeconds) {
        this.pollSeconds = pollSeconds;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public boolean isDispatchByRecipient() {
        return dispatchByRecipient;
    }

    public void setDispatchByRecipient(boolean dispatchByRecipient) {
        this.dispatchByRecipient = dispatchByRecipient;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }

    public String getTrustedCertificateSha256() {
        return trustedCertificateSha256;
    }

    public void setTrustedCertificateSha256(String trustedCertificateSha256) {
        this.trustedCertificateSha256 = trustedCertificateSha256;
    }

    public boolean isAllowPlaintext() {
        return allowPlaintext;
    }

    public void setAllowPlaintext(boolean allowPlaintext) {
        this.allowPlaintext = allowPlaintext;
    }
}
