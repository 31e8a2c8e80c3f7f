package org.helpdesk.mail.mime;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.helpdesk.mail.inbound.InboundMail;

class MailParserTest {

    @Nested
    class OutlookHtml {

        private final ParsedMail mail = parseFixture("outlook-html.eml");

        @Test
        void readsSenderRecipientsAndIdentity() {
            assertEquals("<PH7PR11MB60785C1A4E0B7A9D3F2C8E61B4D2A@PH7PR11MB6078.namprd11.prod.outlook.com>", mail.messageId());
            assertEquals("maria.fernandez@contoso.com.pe", mail.fromAddress());
            assertEquals("María Fernández Quiñones", mail.fromName());
            assertEquals(List.of("soporte@helpdesk.example"), mail.to());
            assertEquals(List.of("jose.pena@contoso.com.pe", "redes@contoso.com.pe"), mail.cc());
            assertEquals(Instant.parse("2026-03-10T14:32:05Z"), mail.sentDate());
            assertNull(mail.inReplyTo());
            assertEquals(List.of(), mail.references());
            assertEquals(fixture("outlook-html.eml").length, mail.size());
        }

        @Test
        void decodesTheSubjectSplitIntoTwoEncodedWords() {
            assertEquals("Problema con la configuración de la VPN - no puedo conectarme", mail.subject());
        }

        @Test
        void decodesTheWindows1252QuotedPrintableText() {
            assertEquals("""
                    Buenos días:

                    Desde que cambié la contraseña del dominio no puedo conectarme a la VPN. El cliente muestra el error 809 \
                    aunque la configuración es la misma de siempre (adjunto el diagrama de red).

                    ¿Podrían revisarlo hoy? Tengo el cierre contable mañana…

                    Saludos,
                    María Fernández Quiñones
                    Analista de Contabilidad – Contoso Perú""", mail.text());
        }

        @Test
        void keepsTheHtmlAsReceivedButDecoded() {
            String html = mail.html();
            assertTrue(html.startsWith("<html xmlns:v=\"urn:schemas-microsoft-com:vml\""), html);
            assertTrue(html.contains("\tmso-ligatures:standardcontextual;\r\n"), html);
            assertTrue(html.contains("<p class=\"MsoNormal\">¿Podrían revisarlo hoy? Tengo el cierre contable mañana…<o:p></o:p></p>"), html);
            assertTrue(html.contains("src=\"cid:image001.png@01DC8A2B.5E3F1A20\""), html);
            assertTrue(html.endsWith("</body>\r\n</html>\r\n"), html);
            assertFalse(html.contains("=3D"), "quoted-printable is undone");
        }

        @Test
        void derivesTheSameTextFromTheMsoHtml() {
            assertEquals(mail.text(), HtmlToText.convert(mail.html()));
        }

        @Test
        void findsTheInlineImageAndThePdfWithItsRfc2231Name() {
            assertEquals(2, mail.attachments().size());

            ParsedAttachment image = mail.attachments().get(0);
            assertEquals("image001.png", image.filename());
            assertEquals("image/png", image.contentType());
            assertEquals("image001.png@01DC8A2B.5E3F1A20", image.contentId());
            assertTrue(image.inline());
            assertEquals(72, image.size());
            assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(image.content(), 4));

            ParsedAttachment pdf = mail.attachments().get(1);
            assertEquals("Diseño de red – sede Lima.pdf", pdf.filename());
            assertEquals("application/pdf", pdf.contentType());
            assertNull(pdf.contentId());
            assertFalse(pdf.inline());
            assertEquals(218, pdf.size());
            assertTrue(new String(pdf.content(), ISO_8859_1).startsWith("%PDF-1.4\n"));
            assertTrue(new String(pdf.content(), ISO_8859_1).endsWith("%%EOF\n"));
        }

        @Test
        void offersEveryHeaderDecodedByCaseInsensitiveName() {
            assertEquals(List.of("Microsoft Outlook 16.0"), mail.header("x-mailer"));
            assertEquals(List.of("yes"), mail.header("X-MS-Has-Attach"));
            assertEquals(List.of("Problema con la configuración de la VPN - no puedo conectarme"), mail.header("Thread-Topic"));
            assertEquals(List.of(""), mail.header("X-MS-TNEF-Correlator"));
            assertEquals(List.of("from PH7PR11MB6078.namprd11.prod.outlook.com (2603:10b6:510:1e1::9) by "
                    + "SJ0PR11MB4816.namprd11.prod.outlook.com with HTTPS; Tue, 10 Mar 2026 14:32:07 +0000"),
                    mail.header("RECEIVED"));
            assertEquals(List.of("María Fernández Quiñones <Maria.Fernandez@Contoso.com.pe>"), mail.header("from"));
            assertEquals(List.of(), mail.header("X-Not-There"));
            assertTrue(mail.headers().keySet().stream().allMatch(name -> name.equals(name.toLowerCase())));
            assertEquals(List.of("received", "from", "to", "cc", "subject", "thread-topic", "thread-index", "date",
                    "message-id", "accept-language", "content-language", "x-ms-has-attach", "x-ms-tnef-correlator",
                    "x-mailer", "x-ms-publictraffictype", "content-type", "mime-version"),
                    List.copyOf(mail.headers().keySet()));
        }
    }

    @Nested
    class GmailAlternative {

        private final ParsedMail mail = parseFixture("gmail-alternative.eml");

        @Test
        void decodesTheBase64SubjectAndTheSenderName() {
            assertEquals("Re: Solicitud de acceso al área de contabilidad — módulo de facturación", mail.subject());
            assertEquals("José Muñoz Ibáñez", mail.fromName());
            assertEquals("jose.munoz.ibanez@gmail.com", mail.fromAddress());
            assertEquals(List.of("soporte@helpdesk.example"), mail.to());
            assertEquals(List.of(), mail.cc());
            assertEquals(Instant.parse("2026-03-11T15:15:42Z"), mail.sentDate());
        }

        @Test
        void readsTheThread() {
            assertEquals("<CAH7Lw3vZ9mR4q=Yk1pT0dE+u8sNfXhK2bC5oJ6aWgQ@mail.gmail.com>", mail.messageId());
            assertEquals("<20260310160211.7c1e9a@helpdesk.example>", mail.inReplyTo());
            assertEquals(List.of("<CAJx9k2pQ1aN7fLz0@mail.gmail.com>",
                    "<PH7PR11MB60785C1A4E0B7A9D3F2C8E61B4D2A@PH7PR11MB6078.namprd11.prod.outlook.com>",
                    "<20260310160211.7c1e9a@helpdesk.example>"), mail.references());
        }

        @Test
        void takesThePlainAndTheHtmlAlternative() {
            assertEquals("""
                    Hola equipo,

                    Gracias por la respuesta. Ya pude ingresar al módulo de facturación, pero todavía no veo los reportes \
                    del año pasado.

                    ¿Me podrían dar acceso también a «Reportes 2025»?

                    Saludos,
                    José

                    El mar, 10 mar 2026 a las 11:02, Mesa de Ayuda (<soporte@helpdesk.example>) escribió:

                    > Hola José, ya tienes acceso al área de contabilidad.
                    >""", mail.text());
            assertTrue(mail.html().startsWith("<div dir=\"ltr\"><div>Hola equipo,</div><div><br></div>"), mail.html());
            assertTrue(mail.html().contains("<div>¿Me podrían dar acceso también a «Reportes 2025»?</div>"), mail.html());
            assertTrue(mail.html().endsWith("ya tienes acceso al área de contabilidad.</div></blockquote></div>\n"), mail.html());
            assertEquals(List.of(), mail.attachments());
        }

        @Test
        void derivesReadableTextFromGmailHtml() {
            assertEquals("""
                    Hola equipo,

                    Gracias por la respuesta. Ya pude ingresar al módulo de facturación, pero todavía no veo los reportes \
                    del año pasado.

                    ¿Me podrían dar acceso también a «Reportes 2025»?

                    Saludos,
                    José

                    El mar, 10 mar 2026 a las 11:02, Mesa de Ayuda (<soporte@helpdesk.example>) escribió:

                    Hola José, ya tienes acceso al área de contabilidad.""", HtmlToText.convert(mail.html()));
        }
    }

    @Nested
    class Iso88591Spanish {

        private final ParsedMail mail = parseFixture("iso-8859-1-spanish.eml");

        @Test
        void readsIso88591AsWindows1252InTheSubject() {
            // =96 is the en dash in windows-1252, a control char in real ISO-8859-1
            assertEquals("Impresora no imprime – oficina de Lima, año 2026", mail.subject());
            assertEquals("Recepción Lima", mail.fromName());
            assertEquals("recepcion.lima@contoso.com.pe", mail.fromAddress());
        }

        @Test
        void decodesTheQuotedPrintableSinglePartBody() {
            assertEquals("""
                    Estimados señores:

                    La impresora HP LaserJet del segundo piso (oficina de Lima) no imprime desde esta mañana. Muestra el \
                    mensaje «Atasco de papel – bandeja 2», pero no hay ningún papel atascado.

                    ¿Podrían enviar a un técnico? El contrato de mantenimiento cubre hasta 400 € por año.

                    Atentamente,
                    Ana Ñahui Cáceres
                    Recepción – Sede Lima""", mail.text());
            assertNull(mail.html());
            assertEquals(List.of(), mail.attachments());
        }

        @Test
        void keepsTheOtherFields() {
            assertEquals("<5E7B9C21.4030607@contoso.com.pe>", mail.messageId());
            assertEquals(List.of("soporte@helpdesk.example"), mail.to());
            assertEquals(Instant.parse("2026-03-12T13:05:00Z"), mail.sentDate());
            assertEquals(List.of("Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1"), mail.header("User-Agent"));
        }
    }

    @Nested
    class NestedMultipart {

        private static final String FORWARDED = """
                Return-Path: <facturacion@proveedor.example>
                From: =?UTF-8?Q?Facturaci=C3=B3n_Proveedor?= <facturacion@proveedor.example>
                To: carlos.rivas@contoso.com.pe
                Subject: =?UTF-8?Q?Factura_F001-000123_=E2=80=93_marzo_2026?=
                Date: Mon, 09 Mar 2026 17:40:00 -0500
                Message-ID: <f001-000123.20260309@proveedor.example>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                Estimado cliente:

                Adjuntamos la factura electr=C3=B3nica F001-000123 correspondiente a marzo =
                de 2026.
                Monto total: S/ 1.250,00.

                Facturaci=C3=B3n =E2=80=93 Proveedor S.A.C.
                """;

        private final ParsedMail mail = parseFixture("nested-multipart.eml");

        @Test
        void takesTheBodyFromTheAlternativeOnly() {
            assertEquals("""
                    Hola:

                    Les reenvío la factura de marzo; el RUC del cliente está mal escrito.
                    También adjunto el registro de errores del sistema de facturación.

                    Carlos""", mail.text());
            assertTrue(mail.html().contains("el RUC del cliente está <b>mal escrito</b>.</div>"), mail.html());
            assertFalse(mail.text().contains("Estimado cliente"), "the forwarded message is not flattened");
            assertFalse(mail.html().contains("Estimado cliente"), "the forwarded message is not flattened");
            assertEquals("<3A1F9E2B-77C4-4D0B-A5E6-91B2C3D4E5F6@contoso.com.pe>", mail.messageId());
            assertEquals("carlos.rivas@contoso.com.pe", mail.fromAddress());
            assertEquals("Carlos Rivas", mail.fromName());
        }

        @Test
        void keepsTheForwardedMessageAsEmlWithItsRawBytes() throws Exception {
            assertEquals(2, mail.attachments().size());
            ParsedAttachment forwarded = mail.attachments().get(0);
            assertEquals("Factura F001-000123 – marzo 2026.eml", forwarded.filename());
            assertEquals("message/rfc822", forwarded.contentType());
            assertNull(forwarded.contentId());
            assertFalse(forwarded.inline());
            assertEquals(FORWARDED, new String(forwarded.content(), UTF_8));

            ParsedMail inner = MailParser.parse(forwarded.content());
            assertEquals("Facturación Proveedor", inner.fromName());
            assertEquals("Factura F001-000123 – marzo 2026", inner.subject());
            assertTrue(inner.text().startsWith("Estimado cliente:\n\nAdjuntamos la factura electrónica F001-000123"), inner.text());
        }

        @Test
        void keepsTheTextFileAsAttachment() {
            ParsedAttachment log = mail.attachments().get(1);
            assertEquals("registro-errores.txt", log.filename());
            assertEquals("text/plain", log.contentType());
            assertFalse(log.inline());
            assertEquals("2026-03-12 09:14:02 ERROR RUC inválido en factura F001-000123\n2026-03-12 09:14:03 WARN  reintento 1/3\n",
                    new String(log.content(), UTF_8));
        }
    }

    @Nested
    class WithoutMessageId {

        private final byte[] raw = fixture("no-message-id.eml");

        @Test
        void getsAStableSyntheticIdFromTheRawBytes() throws Exception {
            ParsedMail mail = MailParser.parse(raw);
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
            assertEquals("<" + sha256 + "@helpdesk.invalid>", mail.messageId());
            assertEquals("<77bfc430e1bedc6e0f464642433e6eda1705d0eda2b26851aee1dcd729a2da11@helpdesk.invalid>", mail.messageId());
            assertEquals(mail.messageId(), MailParser.parse(raw.clone()).messageId());
        }

        @Test
        void getsAnotherIdForOtherBytes() throws Exception {
            byte[] other = raw.clone();
            other[other.length - 2] = '4'; // "Paginas escaneadas: 4"
            assertNotEquals(MailParser.parse(raw).messageId(), MailParser.parse(other).messageId());
        }

        @Test
        void readsTheRestOfTheScannerMail() throws Exception {
            ParsedMail mail = MailParser.parse(raw);
            assertEquals("escaner.piso2@contoso.com.pe", mail.fromAddress());
            assertNull(mail.fromName());
            assertEquals("Documento escaneado desde RICOH MP 2555", mail.subject());
            assertEquals("Este correo fue enviado desde RICOH MP 2555 (piso 2).\nPaginas escaneadas: 3", mail.text());
        }
    }

    @Nested
    class Unparsable {

        @Test
        void corruptBase64() {
            UnparsableMailException e = assertThrows(UnparsableMailException.class, () -> MailParser.parse(fixture("malformed.eml")));
            assertEquals("Corrupt base64 content in MIME part 2 (application/pdf)", e.getMessage());
            assertInstanceOf(IOException.class, e.getCause());
        }

        @Test
        void noFrom() {
            UnparsableMailException e = assertThrows(UnparsableMailException.class, () -> MailParser.parse(crlf("""
                    To: soporte@helpdesk.example
                    Subject: Sin remitente
                    Message-ID: <x1@contoso.com.pe>

                    Hola
                    """)));
            assertEquals("Message has no From header", e.getMessage());
        }

        @Test
        void fromWithoutAddress() {
            UnparsableMailException e = assertThrows(UnparsableMailException.class, () -> MailParser.parse(crlf("""
                    From: =?UTF-8?Q?Administraci=C3=B3n?=
                    To: soporte@helpdesk.example
                    Subject: Aviso

                    Hola
                    """)));
            assertEquals("From header has no valid e-mail address: Administración", e.getMessage());
        }

        @Test
        void multipartWithoutItsBoundary() {
            UnparsableMailException e = assertThrows(UnparsableMailException.class, () -> MailParser.parse(crlf("""
                    From: ana@contoso.com.pe
                    Subject: Roto
                    Content-Type: multipart/mixed; boundary="no-aparece"

                    Aqui no hay ninguna parte.
                    """)));
            assertTrue(e.getMessage().startsWith("Broken MIME structure in the message body (multipart/mixed)"), e.getMessage());
        }
    }

    @Test
    void derivesTheTextOfAnHtmlOnlyMail() throws Exception {
        String html = """
                <html><head><title>Aviso</title><style>p { color: red }</style></head><body>
                <h1>Corte de energía</h1>
                <p>Estimados&nbsp;usuarios:</p><p>El s&aacute;bado habr&aacute; un corte &ndash; de 8:00 a 12:00 &#8212; en la sede
                &#x00D1;a&ntilde;a.</p>
                <script>alert('x')</script><!-- comentario -->
                <ul><li>Guarden su trabajo</li><li>Apaguen los equipos</li></ul>
                <table><tr><td>Sede</td><td>Lima</td></tr><tr><td>Piso</td><td>2</td></tr></table>
                <div>Gracias,<br>Mesa de Ayuda &amp; Redes &lt;soporte&gt;</div>
                </body></html>""";
        ParsedMail mail = MailParser.parse(concat(crlf("""
                From: avisos@contoso.com.pe
                Subject: Aviso
                Content-Type: text/html; charset=utf-8
                Content-Transfer-Encoding: 8bit

                """), html.getBytes(UTF_8)));

        assertEquals(html, mail.html());
        assertEquals("""
                Corte de energía
                Estimados usuarios:
                El sábado habrá un corte – de 8:00 a 12:00 — en la sede Ñaña.
                Guarden su trabajo
                Apaguen los equipos
                Sede Lima
                Piso 2
                Gracias,
                Mesa de Ayuda & Redes <soporte>""", mail.text());
    }

    @Test
    void mailWithoutAnyBodyHasEmptyText() throws Exception {
        ParsedMail mail = MailParser.parse(crlf("""
                From: ana@contoso.com.pe
                Content-Type: application/pdf; name=informe.pdf
                Content-Transfer-Encoding: base64

                JVBERi0=
                """));
        assertEquals("", mail.text());
        assertNull(mail.html());
        assertEquals("", mail.subject());
        assertNull(mail.sentDate());
        assertEquals(List.of(new ParsedAttachment("informe.pdf", "application/pdf", null, false, "%PDF-".getBytes(UTF_8))),
                mail.attachments());
    }

    @Test
    void unknownMultipartIsReadLikeMixed() throws Exception {
        ParsedMail mail = MailParser.parse(concat(crlf("""
                From: ana@contoso.com.pe
                Subject: Partes
                Content-Type: multipart/x-desconocido; boundary=sep

                --sep
                Content-Type: text/plain

                Primera parte: año
                """, ISO_8859_1), crlf("""
                --sep
                Content-Type: image/png
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --sep
                Content-Type: text/plain; charset="x-inventado"

                Segunda parte: ñandú
                --sep
                Content-Type: text/html; charset=utf-8
                Content-Disposition: attachment

                <p>no es cuerpo</p>
                --sep--
                """)));

        // no charset: Latin-1 bytes are not UTF-8, so windows-1252; unknown charset: valid UTF-8, so UTF-8
        assertEquals("Primera parte: año\n\nSegunda parte: ñandú", mail.text());
        assertNull(mail.html());
        assertEquals(2, mail.attachments().size());
        assertEquals(new ParsedAttachment("attachment-1.png", "image/png", null, false,
                new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }), mail.attachments().get(0));
        assertEquals("attachment-2.html", mail.attachments().get(1).filename());
        assertEquals("<p>no es cuerpo</p>", new String(mail.attachments().get(1).content(), UTF_8));
    }

    @Test
    void relatedPartsFollowTheStartParameter() throws Exception {
        ParsedMail mail = MailParser.parse(crlf("""
                From: ana@contoso.com.pe
                Content-Type: multipart/related; boundary=rel; start="<raiz@x>"; type="text/html"

                --rel
                Content-Type: image/gif
                Content-ID: <logo@x>
                Content-Transfer-Encoding: base64

                R0lGODlh
                --rel
                Content-Type: text/html; charset=us-ascii
                Content-ID: <raiz@x>

                <p>Logo: <img src="cid:logo@x"></p>
                --rel--
                """));
        assertEquals("<p>Logo: <img src=\"cid:logo@x\"></p>", mail.html());
        assertEquals("Logo:", mail.text());
        assertEquals(List.of(new ParsedAttachment("attachment-1.gif", "image/gif", "logo@x", true, "GIF89a".getBytes(UTF_8))),
                mail.attachments());
    }

    @Test
    void cleansFileNames() throws Exception {
        ParsedMail mail = MailParser.parse(crlf("""
                From: ana@contoso.com.pe
                Content-Type: multipart/mixed; boundary=sep

                --sep
                Content-Type: application/octet-stream
                Content-Disposition: attachment; filename="C:\\\\Users\\\\ana\\\\Documents\\\\informe final.xlsx"

                x
                --sep
                Content-Type: application/pdf
                Content-Disposition: attachment; filename="=?ISO-8859-1?Q?Cotizaci=F3n_=96_2026.pdf?="

                x
                --sep
                Content-Type: application/pdf
                Content-Disposition: attachment; filename*0*=UTF-8''Gu%C3%ADa%20de%20; filename*1*=instalaci%C3%B3n.pdf

                x
                --sep
                Content-Type: application/pdf
                Content-Disposition: attachment; filename="diseño.pdf"

                x
                --sep--
                """));
        assertEquals(List.of("informe final.xlsx", "Cotización – 2026.pdf", "Guía de instalación.pdf", "diseño.pdf"),
                mail.attachments().stream().map(ParsedAttachment::filename).toList());
    }

    @Test
    void repairsRawEightBitHeaders() throws Exception {
        String raw = "From: Martín Ñique <mnique@contoso.com.pe>\nSubject: Cotización año 2026\n\nHola\n";
        ParsedMail utf8 = MailParser.parse(crlf(raw, UTF_8));
        assertEquals("Martín Ñique", utf8.fromName());
        assertEquals("Cotización año 2026", utf8.subject());

        ParsedMail latin1 = MailParser.parse(crlf(raw, ISO_8859_1));
        assertEquals("Martín Ñique", latin1.fromName());
        assertEquals("Cotización año 2026", latin1.subject());
        assertEquals(List.of("Cotización año 2026"), latin1.header("subject"));
    }

    @Test
    void decodesDifficultEncodedWords() throws Exception {
        ParsedMail mail = MailParser.parse(crlf("""
                From: =?windows-1252?Q?=D1usta_Pe=F1a?= <nusta@contoso.com.pe>
                Subject: =?UTF-8?B?UmVwb3J0ZSBkZWwgYcM=?= =?UTF-8?B?sW8=?= =?x-desconocido?Q?=C2=BFlisto=3F?=
                X-Etiqueta: prioridad =?utf-8*es?q?m=C3=A1xima?=

                Hola
                """));
        // "ñ" split over two words; an unknown charset guessed as UTF-8; a language suffix
        assertEquals("Reporte del año¿listo?", mail.subject());
        assertEquals("Ñusta Peña", mail.fromName());
        assertEquals(List.of("prioridad máxima"), mail.header("x-etiqueta"));
    }

    @Test
    void readsRecipientsLeniently() throws Exception {
        ParsedMail mail = MailParser.parse(crlf("""
                From: ana@contoso.com.pe
                To: undisclosed-recipients:;
                Cc: Ana <ANA@contoso.com.pe>, sin-arroba, "Quispe, Luis" <Luis.Quispe@Contoso.com.pe>,
                 Equipo: redes@contoso.com.pe, Soporte <soporte@contoso.com.pe>;
                Cc: <roto@contoso.com.pe

                Hola
                """));
        assertEquals(List.of(), mail.to());
        assertEquals(List.of("ana@contoso.com.pe", "luis.quispe@contoso.com.pe", "redes@contoso.com.pe",
                "soporte@contoso.com.pe", "roto@contoso.com.pe"), mail.cc());
    }

    @Test
    void readsAddressEntriesWithoutJakartaMailsParser() {
        assertEquals(List.of(new MailAddresses.Mailbox("ana@contoso.com.pe", "Pérez, Ana \"la jefa\""),
                new MailAddresses.Mailbox("luis@contoso.com.pe", "Luis Q."),
                new MailAddresses.Mailbox("redes@contoso.com.pe", "Redes"),
                new MailAddresses.Mailbox("soporte@contoso.com.pe", null),
                new MailAddresses.Mailbox("\"a b\"@contoso.com.pe", null)),
                MailAddresses.parse("\"Pérez, Ana \\\"la jefa\\\"\" <Ana@Contoso.com.pe>, luis@contoso.com.pe (Luis Q.),"
                        + " Equipo: Redes <redes@contoso.com.pe> <soporte@contoso.com.pe>;, \"a b\"@contoso.com.pe"));
        // an opening char never closed is an ordinary one, and so are the later ones of its kind
        assertEquals(List.of("ana@contoso.com.pe", "luis@contoso.com.pe", "rosa@contoso.com.pe"),
                MailAddresses.bareAddresses("(sin cerrar ana@contoso.com.pe, (Luis) <luis@contoso.com.pe, \"x rosa@contoso.com.pe"));
    }

    @Test
    void addsInReplyToMissingFromReferences() throws Exception {
        ParsedMail reply = MailParser.parse(crlf("""
                From: ana@contoso.com.pe
                In-Reply-To: <b@x> (sent by Ana)
                References: <a@x>
                 <a@x> <c
                 @x>

                Hola
                """));
        assertEquals("<b@x>", reply.inReplyTo());
        assertEquals(List.of("<a@x>", "<c@x>", "<b@x>"), reply.references());

        ParsedMail onlyInReplyTo = MailParser.parse(crlf("From: ana@contoso.com.pe\nIn-Reply-To: <b@x>\n\nHola\n"));
        assertEquals(List.of("<b@x>"), onlyInReplyTo.references());
    }

    @Test
    void roundTripsATenMegabyteAttachment() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024];
        new Random(2026).nextBytes(big);
        byte[] raw = mailWithAttachment(big);

        ParsedMail mail = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> MailParser.parse(raw));

        assertEquals("Se adjunta el respaldo de la base de datos.", mail.text());
        assertEquals(1, mail.attachments().size());
        ParsedAttachment attachment = mail.attachments().get(0);
        assertEquals("respaldo-2026.bin", attachment.filename());
        assertEquals("application/octet-stream", attachment.contentType());
        assertArrayEquals(big, attachment.content());
        assertEquals(raw.length, mail.size());
    }

    @Test
    void mixedTextAndHtmlPartsAreAllInTheTextAndInTheHtml() throws Exception {
        ParsedMail mail = MailParser.parse(crlf("""
                From: ana@contoso.com.pe
                Subject: Varias partes
                Content-Type: multipart/mixed; boundary=sep

                --sep
                Content-Type: text/plain; charset=utf-8

                Primera parte: el equipo <PC-01> no enciende.
                Desde ayer.

                Segunda línea & "más".
                --sep
                Content-Type: text/html; charset=utf-8

                <p>Parte <b>HTML</b></p>
                --sep
                Content-Type: text/plain; charset=utf-8

                Tercera parte
                --sep--
                """));
        assertEquals("""
                Primera parte: el equipo <PC-01> no enciende.
                Desde ayer.

                Segunda línea & "más".

                Parte HTML

                Tercera parte""", mail.text());
        assertEquals("""
                <p>Primera parte: el equipo &lt;PC-01&gt; no enciende.<br>
                Desde ayer.</p>
                <p>Segunda línea &amp; &quot;más&quot;.</p>
                <p>Parte <b>HTML</b></p>
                <p>Tercera parte</p>""", mail.html());
    }

    @Test
    void removesFormatCharsFromFileNames() throws Exception {
        // U+202E (right-to-left override) shows "factura" U+202E "fdp.exe" as "facturaexe.pdf"
        assertEquals("facturafdp.exe", FileNames.clean("factura\u202Efdp.exe"));
        assertEquals("informe.pdf", FileNames.clean("=?UTF-8?Q?inf=E2=80=8Borme.pdf?="), "zero-width space");
        assertEquals("Factura fdp.exe.eml", FileNames.forMessage("Factura \u202Efdp.exe"));

        ParsedMail mail = MailParser.parse(crlf("""
                From: ana@contoso.com.pe
                Content-Type: multipart/mixed; boundary=sep

                --sep
                Content-Type: application/octet-stream
                Content-Disposition: attachment; filename*=UTF-8''factura%E2%80%AEfdp.exe

                x
                --sep--
                """));
        assertEquals("facturafdp.exe", mail.attachments().get(0).filename());
    }

    @Test
    void readsEachRunOfARawHeaderInItsOwnCharset() throws Exception {
        // "é" sent as UTF-8, "ñ" as the single Latin-1 byte 0xF1, in the same header
        byte[] latin1 = crlf("From: José Muñoz <jose@contoso.com.pe>\nSubject: Café para mañana\n\nHola\n", ISO_8859_1);
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        for (byte b : latin1) {
            mixed.writeBytes(b == (byte) 0xE9 ? "é".getBytes(UTF_8) : new byte[] { b });
        }
        ParsedMail mail = MailParser.parse(mixed.toByteArray());
        assertEquals("Café para mañana", mail.subject());
        assertEquals("José Muñoz", mail.fromName());

        byte[] header = concat("Café".getBytes(UTF_8), " mañana €".getBytes(Charset.forName("windows-1252")), new byte[] { (byte) 0xC3, ' ' });
        assertEquals("Café mañana €Ã ", MailCharsets.repair(new String(header, ISO_8859_1)), "a lone UTF-8 lead byte is windows-1252");
    }

    @Test
    void quarantinedMailKeepsTheSenderAndSubjectItsHeadersShow() {
        byte[] raw = fixture("malformed.eml"); // corrupt base64, readable headers
        InboundMail record = new InboundMail(MailParser.messageIdOf(raw), null, null, null, raw.length, Instant.EPOCH);
        record.quarantine("Corrupt base64 content", raw);
        assertEquals("luis.quispe@contoso.com.pe", record.getFrom());
        assertEquals("Contrato firmado", record.getSubject());

        InboundMail known = new InboundMail("<k@x>", null, "ana@contoso.com.pe", "Conocido", raw.length, Instant.EPOCH);
        known.quarantine("Handling failed", raw);
        assertEquals("ana@contoso.com.pe", known.getFrom());
        assertEquals("Conocido", known.getSubject());

        MailParser.Heading noAddress = MailParser.headingOf(crlf("From: =?UTF-8?Q?Administraci=C3=B3n?=\n\nHola\n"));
        assertEquals("Administración", noAddress.from());
        assertNull(noAddress.subject());
        assertEquals(new MailParser.Heading(null, null), MailParser.headingOf(new byte[] { 0, (byte) 0xFF, '\n', ':' }));
        assertEquals(new MailParser.Heading(null, null), MailParser.headingOf(new byte[0]));
    }

    private static byte[] mailWithAttachment(byte[] content) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("respaldos@contoso.com.pe", "Respaldos Contoso", "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("soporte@helpdesk.example"));
        message.setSubject("Respaldo nocturno", "UTF-8");

        MimeBodyPart text = new MimeBodyPart();
        text.setText("Se adjunta el respaldo de la base de datos.", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(content, "application/octet-stream")));
        file.setFileName("respaldo-2026.bin");
        file.setDisposition(Part.ATTACHMENT);
        message.setContent(new MimeMultipart(text, file));
        message.saveChanges();

        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length * 4 / 3 + 10_000);
        message.writeTo(out);
        return out.toByteArray();
    }

    private static ParsedMail parseFixture(String name) {
        try {
            return MailParser.parse(fixture(name));
        } catch (UnparsableMailException e) {
            throw new AssertionError(name + " should parse", e);
        }
    }

    private static byte[] fixture(String name) {
        try (InputStream in = MailParserTest.class.getResourceAsStream("/mail/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with CRLF line ends, as on the wire, in UTF-8 (raw 8-bit where not ASCII). */
    private static byte[] crlf(String text) {
        return crlf(text, UTF_8);
    }

    private static byte[] crlf(String text, Charset charset) {
        return text.replace("\n", "\r\n").getBytes(charset);
    }

    private static byte[] concat(byte[]... pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            out.writeBytes(piece);
        }
        return out.toByteArray();
    }
}
