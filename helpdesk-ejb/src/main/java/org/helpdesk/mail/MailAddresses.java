package org.helpdesk.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Reads address headers leniently: groups are expanded; an entry that is not a clean
 * {@code local@domain} address, and a header that Jakarta Mail cannot parse at all, are searched for
 * anything that looks like an address; entries without one are left out.
 */
final class MailAddresses {

    private static final String ATOMS = "[^\\s<>(),;:\"\\[\\]\\\\@]+";
    private static final Pattern USABLE = Pattern.compile("(?:" + ATOMS + "|\"[^\"]*\")@" + ATOMS);
    private static final Pattern LOOKS_LIKE_ADDRESS = Pattern.compile(ATOMS + "@" + ATOMS);

    private MailAddresses() {
    }

    /** The usable addresses of a raw (undecoded) header value, in order. */
    static List<InternetAddress> parse(String rawValue) {
        if (rawValue == null || rawValue.isBlank()) {
            return List.of();
        }
        String value = MailHeaders.unfold(MailCharsets.repair(rawValue));
        List<InternetAddress> parsed;
        try {
            parsed = withGroupsExpanded(InternetAddress.parseHeader(value, false));
        } catch (AddressException unparseable) {
            parsed = scan(value);
        }
        return parsed.stream()
                .flatMap(address -> isUsable(address) ? Stream.of(address) : scan(address.getAddress()).stream())
                .toList();
    }

    /** The bare, lower-case addresses of a raw header value. */
    static List<String> bareAddresses(String rawValue) {
        return parse(rawValue).stream().map(MailAddresses::bare).distinct().toList();
    }

    static String bare(InternetAddress address) {
        return address.getAddress().trim().toLowerCase(Locale.ROOT);
    }

    /** The decoded display name, whitespace collapsed; {@code null} when there is none. */
    static String displayName(InternetAddress address) {
        String personal = address.getPersonal();
        if (personal == null) {
            return null;
        }
        // InternetAddress decodes with MimeUtility: undo its ISO-8859-1 reading of windows-1252 text,
        // and decode what it left encoded (unknown charsets)
        String name = MailHeaders.collapseWhitespace(EncodedWords.decode(MailCharsets.repair(personal)));
        return name.isEmpty() ? null : name;
    }

    private static List<InternetAddress> withGroupsExpanded(InternetAddress[] addresses) {
        List<InternetAddress> expanded = new ArrayList<>();
        for (InternetAddress address : addresses) {
            if (!address.isGroup()) {
                expanded.add(address);
                continue;
            }
            try {
                InternetAddress[] members = address.getGroup(false);
                if (members != null) {
                    expanded.addAll(Arrays.asList(members));
                }
            } catch (AddressException unparseableGroup) {
                expanded.addAll(scan(address.getAddress()));
            }
        }
        return expanded;
    }

    private static List<InternetAddress> scan(String value) {
        List<InternetAddress> found = new ArrayList<>();
        if (value == null) {
            return found;
        }
        Matcher address = LOOKS_LIKE_ADDRESS.matcher(value);
        while (address.find()) {
            InternetAddress internetAddress = new InternetAddress();
            internetAddress.setAddress(address.group());
            found.add(internetAddress);
        }
        return found;
    }

    private static boolean isUsable(InternetAddress address) {
        return address.getAddress() != null && USABLE.matcher(address.getAddress().trim()).matches();
    }
}
