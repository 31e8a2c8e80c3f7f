package org.helpdesk.settings;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.ValidationException;

/** System settings and branding: administrators change them, every page reads them. */
@Stateless
@RolesAllowed("admin")
@Interceptors({ConcurrencyGuard.class, AuditTrail.class})
public class SettingsService {

    /** The largest logo accepted. */
    public static final int MAX_LOGO_BYTES = 512 * 1024;

    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/svg+xml", "image/webp");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Settings settings;

    @Inject
    BeanValidation validation;

    /** The settings as everybody (also before login: product name, colours, logos) sees them. */
    @PermitAll
    public SystemSettings current() {
        return settings.current();
    }

    public SystemSettings save(SettingsForm form) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        SystemSettings current = settings.current();
        current.checkVersion(form.version());
        current.change(form);
        return current;
    }

    /** The address links in e-mail start with, and where it comes from. */
    public BaseUrl baseUrl() {
        agents.requireAdmin(agents.current(context));
        return settings.baseUrl();
    }

    /** Makes {@code address} (e.g. the one the administrator's browser used) the address of links in e-mail. */
    public SystemSettings useBaseUrl(String address) {
        agents.requireAdmin(agents.current(context));
        if (BaseUrl.clean(address) == null || !BaseUrl.isValid(address) || address.trim().length() > 500) {
            throw new ValidationException("baseUrl", "validation.baseUrl");
        }
        SystemSettings current = settings.current();
        current.useBaseUrl(address);
        return current;
    }

    /** Replaces the logo on the login pages or in the page header; no content removes it. */
    public SystemSettings uploadLogo(Logo.Kind kind, byte[] content, String contentType) {
        agents.requireAdmin(agents.current(context));
        Logo logo = em.createNamedQuery("Logo.byKind", Logo.class).setParameter("kind", kind).getResultStream().findFirst()
                .orElse(null);
        SystemSettings current = settings.current();
        if (content == null || content.length == 0) {
            if (logo != null) {
                em.remove(logo);
            }
            current.logoChanged(kind, null);
            return current;
        }
        if (content.length > MAX_LOGO_BYTES) {
            throw new ValidationException("logo", "validation.logoSize", MAX_LOGO_BYTES / 1024);
        }
        String type = contentType == null ? "" : contentType.toLowerCase();
        if (!IMAGE_TYPES.contains(type)) {
            throw new ValidationException("logo", "validation.logoType");
        }
        if (logo == null) {
            logo = new Logo(kind);
            logo.replace(content, type);
            em.persist(logo);
        } else {
            logo.replace(content, type);
        }
        current.logoChanged(kind, type);
        return current;
    }

    /** The uploaded logo of this kind, if there is one: shown to everybody, also before login. */
    @PermitAll
    public Optional<Logo> logo(Logo.Kind kind) {
        return em.createNamedQuery("Logo.byKind", Logo.class).setParameter("kind", kind).getResultStream().findFirst();
    }
}
