package org.helpdesk.web.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login with two login pages: a protected agent page sends an anonymous visitor to the agent
 * login, a customer page to the customer login, remembering where they wanted to go. The login
 * pages authenticate through {@code SecurityContext.authenticate} with a {@link PortalCredential};
 * the session keeps the caller afterwards.
 */
@ApplicationScoped
@AutoApplySession
public class HelpdeskAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (context.isProtected()) {
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            String target = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
            return context.redirect(request.getContextPath() + Portal.of(path).loginPage() + "?continue="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }
}
