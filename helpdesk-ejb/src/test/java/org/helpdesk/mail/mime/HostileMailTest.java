package org.helpdesk.mail.mime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Megabyte-sized hostile input must not make the parsing take more than linear time. The timeouts
 * are generous: they only tell "finishes" from "hangs for minutes"; a linear run takes well under a
 * second.
 */
class HostileMailTest {

    private static final int MEGABYTE = 1 << 20;
    private static final Duration FINISHES = Duration.ofSeconds(20);

    @ParameterizedTest
    @ValueSource(strings = { "<!--", "<head", "<a", "<br", "<style", "<script", "<p", "</p", "<b>", "<div>", "<table><tr><td>",
            "&#", "<!", "<a href='" })
    void htmlToTextOnUnclosedMarkup(String piece) {
        String html = piece.repeat(MEGABYTE / piece.length());
        assertTimeoutPreemptively(FINISHES, () -> HtmlToText.convert(html));
    }

    @Test
    void htmlToTextOnAMegabyteOfText() {
        String html = "<p>" + "palabra ".repeat(MEGABYTE / 8) + "</p><!-- fin -->";
        String text = assertTimeoutPreemptively(FINISHES, () -> HtmlToText.convert(html));
        assertEquals(("palabra ".repeat(MEGABYTE / 8)).trim(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "a", "a@", "@a", "a.b", "\"", "(", "<", "<a", "a,", "a:", "=?utf-8?q?a" })
    void addressHeaderWithoutUsableAddress(String piece) {
        String header = piece.repeat(MEGABYTE / piece.length());
        assertTimeoutPreemptively(FINISHES, () -> MailAddresses.parse(header));
    }

    @Test
    void addressHeaderWithManyAddresses() {
        String header = "x <a@b>, ".repeat(MEGABYTE / 9);
        List<String> addresses = assertTimeoutPreemptively(FINISHES, () -> MailAddresses.bareAddresses(header));
        assertEquals(List.of("a@b"), addresses);
    }

    @Test
    void mailWithMegabyteHeaders() {
        byte[] raw = ("From: ana@contoso.com.pe\r\nTo: " + "<".repeat(MEGABYTE) + "\r\nCc: " + "a@".repeat(MEGABYTE / 2)
                + "\r\nDate: " + "Mon, 1".repeat(MEGABYTE / 6) + "\r\nMessage-ID: " + "<a ".repeat(MEGABYTE / 3)
                + "\r\nIn-Reply-To: " + "<".repeat(MEGABYTE)
                + "\r\nSubject: " + "=?".repeat(MEGABYTE / 2) + "\r\nReferences: " + "<a".repeat(MEGABYTE / 2)
                + "\r\nContent-Type: text/plain" + "; format=\"x".repeat(MEGABYTE / 10) + "\r\n\r\nHola\r\n").getBytes(UTF_8);
        ParsedMail mail = assertTimeoutPreemptively(FINISHES, () -> MailParser.parse(raw));
        assertEquals("Hola", mail.text());
        assertEquals(List.of(), mail.to());
    }

    @Test
    void unparsableMailWithMegabyteFrom() {
        byte[] raw = ("From: " + "a".repeat(MEGABYTE) + "\r\nSubject: " + "=?utf-8?q?a".repeat(MEGABYTE / 11) + "\r\n\r\nHola\r\n")
                .getBytes(UTF_8);
        UnparsableMailException e = assertTimeoutPreemptively(FINISHES,
                () -> assertThrows(UnparsableMailException.class, () -> MailParser.parse(raw)));
        assertTrue(e.getMessage().startsWith("From header has no valid e-mail address"), e.getMessage());
        MailParser.Heading heading = assertTimeoutPreemptively(FINISHES, () -> MailParser.headingOf(raw));
        assertEquals(MEGABYTE, heading.from().length());
    }

    @Test
    void subjectOfHostileMail() {
        String subject = "Re:" + " ".repeat(MEGABYTE) + "[Ticket#" + "1".repeat(MEGABYTE) + " re" + " ".repeat(MEGABYTE) + "x";
        String title = assertTimeoutPreemptively(FINISHES, () -> Subjects.title(subject, "Ticket#"));
        assertTrue(title.startsWith("[Ticket#111"), title);
    }
}
