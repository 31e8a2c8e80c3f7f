package org.helpdesk.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Faces' conversion messages come from Helpdesk's bundle, in Spanish and English, without component ids. */
class FacesMessagesTest {

    private static final String[] CONVERTER_MESSAGES = {
        "jakarta.faces.converter.LongConverter.LONG", "jakarta.faces.converter.IntegerConverter.INTEGER" };

    @Test
    void facesConfigNamesTheMessageBundle() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document config = factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/faces-config.xml").toFile());
        assertEquals(1, config.getElementsByTagNameNS("*", "message-bundle").getLength());
        assertEquals("org.helpdesk.messages", config.getElementsByTagNameNS("*", "message-bundle").item(0).getTextContent().trim());
    }

    @Test
    void aValueThatIsNotANumberIsNamedWithoutTheFieldsId() {
        for (Locale locale : new Locale[] { Locale.forLanguageTag("es"), Locale.ENGLISH }) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.helpdesk.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertEquals(locale.getLanguage(), bundle.getLocale().getLanguage());
            for (String key : CONVERTER_MESSAGES) {
                for (String variant : new String[] { key, key + "_detail" }) {
                    // Faces passes the value, an example and the field's label (its client id unless a label is set)
                    String text = MessageFormat.format(bundle.getString(variant), "abc", "9346", "zoom:j_idt12");
                    assertTrue(text.contains("abc"), text);
                    assertFalse(text.contains("j_idt12") || text.contains("9346"), text);
                }
            }
            String generic = MessageFormat.format(bundle.getString("jakarta.faces.component.UIInput.CONVERSION"), "zoom:j_idt12");
            assertFalse(generic.contains("j_idt12"), generic);
            assertTrue(bundle.containsKey("jakarta.faces.component.UIInput.CONVERSION_detail"));
        }
        assertTrue(ResourceBundle.getBundle("org.helpdesk.messages", Locale.forLanguageTag("es"))
                .getString("jakarta.faces.converter.LongConverter.LONG").contains("número"));
    }
}
