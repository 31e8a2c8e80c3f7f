package org.helpdesk.api.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.xml.transform.Templates;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stylesheets are compiled and run safely: nothing outside reachable, no Java, bounded in time and size. */
class StylesheetsTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static String xslt(String body) {
        return """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:param name="Operation"/>
                  %s
                </xsl:stylesheet>""".formatted(body);
    }

    @Test
    void aStylesheetRenamesFieldsAndSeesTheOperation() throws Exception {
        Templates templates = Stylesheets.compile(xslt("""
                <xsl:template match="@*|node()"><xsl:copy><xsl:apply-templates select="@*|node()"/></xsl:copy></xsl:template>
                <xsl:template match="Titulo"><Title><xsl:value-of select="."/></Title></xsl:template>
                <xsl:template match="/RootElement"><RootElement><Op><xsl:value-of select="$Operation"/></Op><xsl:apply-templates/></RootElement></xsl:template>
                """));
        JsonObject data = Json.createObjectBuilder().add("Ticket", Json.createObjectBuilder().add("Titulo", "Sin red").add("QueueID", "1"))
                .add("TicketID", Json.createArrayBuilder().add("1").add("2")).build();
        JsonObject mapped = XmlForm.toObject(Stylesheets.run(templates, XmlForm.toDocument(data), "TicketCreate", executor)
                .getDocumentElement());
        assertEquals(Json.createObjectBuilder().add("Op", "TicketCreate")
                .add("Ticket", Json.createObjectBuilder().add("Title", "Sin red").add("QueueID", "1"))
                .add("TicketID", Json.createArrayBuilder().add("1").add("2")).build(), mapped);
    }

    @Test
    void whatIsNoStylesheetIsRefusedWithWhereItWentWrong() {
        assertTrue(message(() -> Stylesheets.compile("<xsl:stylesheet")).startsWith("The stylesheet is no well-formed XML"));
        String wrong = message(() -> Stylesheets.compile(xslt("<xsl:template match=\"/\"><xsl:value-of select=\"((\"/></xsl:template>")));
        assertTrue(wrong.startsWith("The stylesheet is no valid XSLT"), wrong);
    }

    @Test
    void aStylesheetCannotCallJavaNorReachOutsideItself() throws Exception {
        Path pwned = Files.createTempDirectory("xslt").resolve("pwned");
        Templates calling = Stylesheets.compile("""
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:rt="http://xml.apache.org/xalan/java/java.lang.Runtime">
                  <xsl:template match="/"><RootElement><xsl:value-of select="rt:exec(rt:getRuntime(), 'touch %s')"/></RootElement></xsl:template>
                </xsl:stylesheet>""".formatted(pwned));
        String java = message(() -> Stylesheets.run(calling, XmlForm.toDocument(JsonObject.EMPTY_JSON_OBJECT), null, executor));
        assertTrue(java.contains("extension function"), java);
        Thread.sleep(200);
        assertFalse(Files.exists(pwned), "no command ran");
        String imported = message(() -> Stylesheets.compile("""
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:import href="file:///etc/hostname"/>
                </xsl:stylesheet>"""));
        assertTrue(imported.startsWith("The stylesheet is no valid XSLT"), imported);
        String doctype = message(() -> Stylesheets.compile("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + xslt("")));
        assertTrue(doctype.startsWith("The stylesheet is no well-formed XML"), doctype);

        Templates reading = Stylesheets.compile(xslt("<xsl:template match=\"/\"><RootElement><P><xsl:value-of select=\"document('file:///etc/passwd')\"/></P></RootElement></xsl:template>"));
        String read = message(() -> Stylesheets.run(reading, XmlForm.toDocument(JsonObject.EMPTY_JSON_OBJECT), null, executor));
        assertTrue(read.startsWith("The stylesheet failed"), read);
    }

    @Test
    void aRunawayStylesheetIsStoppedByTheTimeLimitAndTheSizeLimit() throws Exception {
        // 2^40 leaves, each writing a little: it would run for days
        Templates runaway = Stylesheets.compile(xslt("""
                <xsl:template match="/"><RootElement><xsl:call-template name="twice"><xsl:with-param name="n" select="40"/></xsl:call-template></RootElement></xsl:template>
                <xsl:template name="twice"><xsl:param name="n"/>
                  <xsl:choose>
                    <xsl:when test="$n = 0"><x/></xsl:when>
                    <xsl:otherwise>
                      <xsl:call-template name="twice"><xsl:with-param name="n" select="$n - 1"/></xsl:call-template>
                      <xsl:call-template name="twice"><xsl:with-param name="n" select="$n - 1"/></xsl:call-template>
                    </xsl:otherwise>
                  </xsl:choose>
                </xsl:template>"""));
        var input = XmlForm.toDocument(JsonObject.EMPTY_JSON_OBJECT);
        String slow = message(() -> Stylesheets.run(runaway, input, null, executor, Duration.ofMillis(500), Integer.MAX_VALUE));
        assertEquals("The stylesheet ran longer than 500 ms", slow);
        executor.shutdown();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS), "the stopped run ended at its next write");

        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            String large = message(() -> Stylesheets.run(runaway, input, null, other, Duration.ofMinutes(1), 100_000));
            assertEquals("The stylesheet wrote more than 100000 characters", large);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void endlessRecursionIsAnErrorNotACrash() throws Exception {
        Templates deep = Stylesheets.compile(xslt("""
                <xsl:template match="/"><RootElement><xsl:call-template name="again"/></RootElement></xsl:template>
                <xsl:template name="again"><xsl:call-template name="again"/></xsl:template>"""));
        assertEquals("The stylesheet recursed too deep",
                message(() -> Stylesheets.run(deep, XmlForm.toDocument(JsonObject.EMPTY_JSON_OBJECT), null, executor)));
    }

    private interface Step {
        void run() throws Exception;
    }

    private static String message(Step step) {
        return assertThrows(MappingException.class, step::run).getMessage();
    }
}
