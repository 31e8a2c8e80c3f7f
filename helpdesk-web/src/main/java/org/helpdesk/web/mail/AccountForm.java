package org.helpdesk.web.mail;

import java.io.Serializable;

import org.helpdesk.mail.inbound.MailAccountForm;
import org.helpdesk.mail.inbound.MailProtocol;
import org.helpdesk.mail.inbound.OAuthProvider;
import org.helpdesk.mail.inbound.OAuthSettings;

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
    /** How the mailbox signs in: with its password, or with OAuth2 from this provider. */
    private OAuthProvider oauthProvider;
    private String authorizationEndpoint;
    private String tokenEndpoint;
    private String clientId;
    private String clientSecret;
    private String scopes;
    /** Whether the mailbox also sends the mail from its address, through this SMTP server. */
    private boolean sendsMail;
    private String smtpHost;
    private Integer smtpPort;
    private boolean smtpSsl;

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
        if (record.oauth() != null) {
            form.oauthProvider = record.oauth().provider();
            form.authorizationEndpoint = record.oauth().authorizationEndpoint();
            form.tokenEndpoint = record.oauth().tokenEndpoint();
            form.clientId = record.oauth().clientId();
            form.scopes = record.oauth().scopes();
            form.sendsMail = record.oauth().sendsMail();
            form.smtpHost = record.oauth().smtpHost();
            form.smtpPort = record.oauth().smtpPort();
            form.smtpSsl = record.oauth().smtpSsl();
        }
        return form;
    }

    MailAccountForm toRecord() {
        return new MailAccountForm(id, version, name, protocol, startTls, host, port, login, password, folder, pollSeconds,
                queueId, dispatchByRecipient, valid, trustedCertificateSha256, allowPlaintext, oauthProvider == null ? null
                        : new OAuthSettings(oauthProvider, authorizationEndpoint, tokenEndpoint, clientId, clientSecret, scopes,
                                sendsMail, smtpHost, smtpPort, smtpSsl));
    }

    /** A provider chosen: its endpoints, scopes and SMTP server (the generic one leaves them to fill in). */
    void providerChanged() {
        if (oauthProvider != null && oauthProvider != OAuthProvider.GENERIC) {
            OAuthSettings preset = OAuthSettings.of(oauthProvider);
            authorizationEndpoint = preset.authorizationEndpoint();
            tokenEndpoint = preset.tokenEndpoint();
            scopes = preset.scopes();
            smtpHost = preset.smtpHost();
            smtpPort = preset.smtpPort();
            smtpSsl = preset.smtpSsl();
        }
    }

    public boolean isSendsMail() {
        return sendsMail;
    }

    public void setSendsMail(boolean sendsMail) {
        this.sendsMail = sendsMail;
    }

    public String getSmtpHost() {
        return smtpHost;
    }

    public void setSmtpHost(String smtpHost) {
        this.smtpHost = smtpHost;
    }

    public Integer getSmtpPort() {
        return smtpPort;
    }

    public void setSmtpPort(Integer smtpPort) {
        this.smtpPort = smtpPort;
    }

    public boolean isSmtpSsl() {
        return smtpSsl;
    }

    public void setSmtpSsl(boolean smtpSsl) {
        this.smtpSsl = smtpSsl;
    }

    public OAuthProvider getOauthProvider() {
        return oauthProvider;
    }

    public void setOauthProvider(OAuthProvider oauthProvider) {
        this.oauthProvider = oauthProvider;
    }

    public String getAuthorizationEndpoint() {
        return authorizationEndpoint;
    }

    public void setAuthorizationEndpoint(String authorizationEndpoint) {
        this.authorizationEndpoint = authorizationEndpoint;
    }

    public String getTokenEndpoint() {
        return tokenEndpoint;
    }

    public void setTokenEndpoint(String tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getScopes() {
        return scopes;
    }

    public void setScopes(String scopes) {
        this.scopes = scopes;
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
