package org.helpdesk.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.helpdesk.it.crash.CrashAfterStore;
import org.helpdesk.mail.crypto.TestKeys;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the real {@code helpdesk.ear} as built by
 * Maven, with the test classes added to its web module, and GreenMail (a real SMTP server the
 * server's mail session is pointed at by the build) beside them.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The jar a test dependency's class was loaded from, to ship it inside the deployment. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static EnterpriseArchive helpdesk() {
        File built = new File(System.getProperty("helpdesk.ear", "target/helpdesk.ear"));
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "helpdesk.ear").importFrom(built)
                .as(EnterpriseArchive.class);
        ear.getAsType(WebArchive.class, "helpdesk-web.war")
                .addPackage(Deployments.class.getPackage())
                .addPackage("org.helpdesk.it.soap") // the SOAP client generated from the served WSDL
                // keys made on the spot (from helpdesk-ejb's tests)
                .addClasses(TestKeys.class, TestKeys.Issued.class, TestKeys.PgpKey.class)
                .addAsLibrary(jarOf(com.icegreen.greenmail.util.GreenMail.class))
                // S/MIME mail written as another mail program does (MailSecurityIT's customers)
                .addAsLibrary(jarOf(org.bouncycastle.mail.smime.SMIMESignedGenerator.class))
                // the server's security API, to call services as a given user (see As)
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"));
        // observers of the EJB module's events must live in it
        ear.getAsType(JavaArchive.class, "helpdesk-ejb.jar").addClass(CrashAfterStore.class);
        return ear;
    }
}
