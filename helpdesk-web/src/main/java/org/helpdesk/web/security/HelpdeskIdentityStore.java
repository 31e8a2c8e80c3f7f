package org.helpdesk.web.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.helpdesk.login.AuthenticationService;
import org.helpdesk.login.LoginResult;

/** Checks agent and customer logins against Helpdesk's own tables, through the authentication service. */
@ApplicationScoped
public class HelpdeskIdentityStore implements IdentityStore {

    @EJB
    AuthenticationService authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof PortalCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        char[] password = login.getPassword().getValue();
        LoginResult result = login.getPortal() == Portal.AGENT
                ? authentication.authenticateAgent(login.getCaller(), password, login.getClientAddress())
                : authentication.authenticateCustomer(login.getCaller(), password, login.getClientAddress());
        login.setResult(result);
        return result.success() ? new CredentialValidationResult(result.login(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
