package org.helpdesk.mail.crypto;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.SecretBox;
import org.helpdesk.shared.ValidationException;

/**
 * Administration of the S/MIME certificates and PGP keys (OTRS: Admin › S/MIME, PGP): import, list, remove.
 * Importing a key the desk already has changes nothing, except that a private part it lacked is added.
 */
@Stateless
@RolesAllowed("admin")
@Interceptors(AuditTrail.class)
public class MailKeyService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Lookup lookup;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock;

    public Page<MailKey> keys(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.page(em, MailKey.class, "MailKey.all", "MailKey.count", first, pageSize);
    }

    /**
     * Imports the keys of a file (see {@link KeyImport}). A certificate authority is trusted only when the
     * administrator says so ({@code trustAuthorities}), so that trust is never given by accident: otherwise a
     * file of authorities alone is refused, and the authorities that come with a certificate are left out.
     */
    public List<MailKey> importKeys(byte[] file, String password, boolean trustAuthorities) {
        agents.requireAdmin(agents.current(context));
        List<KeyImport.ImportedKey> read = KeyImport.read(file, password);
        if (!trustAuthorities) {
            // the chain that comes with a certificate (as in most PKCS#12 files) is not trusted by the way
            List<KeyImport.ImportedKey> own = read.stream().filter(k -> !k.authority()).toList();
            if (own.isEmpty()) {
                throw new ValidationException("trustAuthorities", "keys.import.authorityNotTrusted");
            }
            read = own;
        }
        String by = agents.current(context).getLogin();
        List<MailKey> stored = new ArrayList<>();
        for (KeyImport.ImportedKey key : read) {
            String sealedSecret = key.hasSecret() ? secrets.seal(key.secretData()) : null;
            String sealedPassphrase = key.passphrase() == null ? null : secrets.seal(key.passphrase());
            MailKey existing = em.createNamedQuery("MailKey.byFingerprint", MailKey.class).setParameter("method", key.method())
                    .setParameter("fingerprint", key.fingerprint()).getResultStream().findFirst().orElse(null);
            if (existing == null) {
                MailKey created = new MailKey(key, sealedSecret, sealedPassphrase, clock.instant(), by);
                em.persist(created);
                stored.add(created);
            } else {
                existing.refresh(key);
                if (key.hasSecret() && !existing.hasSecret()) {
                    existing.addSecret(sealedSecret, sealedPassphrase);
                }
                stored.add(existing);
            }
        }
        em.flush();
        return stored;
    }

    public void remove(long id) {
        agents.requireAdmin(agents.current(context));
        em.remove(lookup.require(MailKey.class, id));
    }
}
