package org.helpdesk.mail.crypto;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.helpdesk.shared.CryptoMethod;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.MailSecurityRequest;

/**
 * Signs and encrypts a message the desk sends, as the agent asked: signed with the desk's key for the sender
 * address, then encrypted for every recipient. A missing key refuses the whole answer with the reason (which
 * address lacks one): nothing goes out less protected than asked.
 */
@ApplicationScoped
public class OutgoingSecurity {

    @Inject
    MailKeys keys;

    /** Which of the recipients have no certificate or key to encrypt to with the method (empty: all have one). */
    public List<String> withoutKey(CryptoMethod method, List<String> recipients) {
        return recipients.stream().filter(address -> method == CryptoMethod.SMIME
                ? keys.smimeRecipient(address).isEmpty() : keys.pgpRecipient(address).isEmpty()).toList();
    }

    /** Whether the desk can sign for the address with the method. */
    public boolean canSign(CryptoMethod method, String sender) {
        return method == CryptoMethod.SMIME ? keys.smimeSigner(sender).isPresent() : keys.pgpSigner(sender).isPresent();
    }

    /** The message (its bytes as built) signed and/or encrypted. */
    public byte[] secure(byte[] message, MailSecurityRequest request, String sender, List<String> recipients) {
        byte[] entity = SecureMime.entity(message);
        if (request.sign()) {
            entity = request.method() == CryptoMethod.SMIME
                    ? SecureMime.smimeSigned(entity, keys.smimeSigner(sender).orElseThrow(() -> noSigningKey(sender)))
                    : SecureMime.pgpSigned(entity, keys.pgpSigner(sender).orElseThrow(() -> noSigningKey(sender)));
        }
        if (request.encrypt()) {
            List<String> missing = withoutKey(request.method(), recipients);
            if (!missing.isEmpty()) {
                throw new ValidationException("security", "mail.security.noRecipientKey", String.join(", ", missing));
            }
            if (request.method() == CryptoMethod.SMIME) {
                List<X509Certificate> certificates = new ArrayList<>();
                recipients.forEach(address -> certificates.add(keys.smimeRecipient(address).orElseThrow()));
                entity = SecureMime.smimeEncrypted(entity, certificates);
            } else {
                List<PGPPublicKeyRing> rings = new ArrayList<>();
                recipients.forEach(address -> rings.add(keys.pgpRecipient(address).orElseThrow()));
                entity = SecureMime.pgpEncrypted(entity, rings);
            }
        }
        return SecureMime.replaceBody(message, entity);
    }

    private static ValidationException noSigningKey(String sender) {
        return new ValidationException("security", "mail.security.noSigningKey", sender);
    }
}
