package org.helpdesk.mail.mime;

import java.util.List;
import java.util.Locale;

/**
 * Recognises mail that no one should answer automatically: messages that say they were sent by a
 * machine ({@code Auto-Submitted}, {@code Precedence: bulk/junk/list}, {@code X-Loop}), mailing list
 * traffic ({@code List-Id}) and bounces (mailer-daemon, postmaster). Answering them risks a mail loop.
 */
public final class LoopGuard {

    private LoopGuard() {
    }

    public static boolean isAutomatic(ParsedMail mail) {
        if (mail.header("auto-submitted").stream().anyMatch(v -> !v.trim().toLowerCase(Locale.ROOT).startsWith("no"))) {
            return true;
        }
        if (mail.header("precedence").stream()
                .anyMatch(v -> List.of("bulk", "junk", "list").contains(v.trim().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        if (!mail.header("x-loop").isEmpty() || !mail.header("list-id").isEmpty()) {
            return true;
        }
        String local = mail.fromAddress() == null ? "" : mail.fromAddress().substring(0, Math.max(0, mail.fromAddress().indexOf('@')));
        return local.equals("mailer-daemon") || local.equals("postmaster") || local.isEmpty();
    }
}
