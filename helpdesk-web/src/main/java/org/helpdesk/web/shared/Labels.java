package org.helpdesk.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Display names of seeded states, types and priorities in the user's language; admin-made names as they are. */
@Named
@RequestScoped
public class Labels {

    @Inject
    Texts texts;

    public String state(String name) {
        return orName(texts.get("state." + name), "state." + name, name);
    }

    public String type(String name) {
        return orName(texts.get("type." + name), "type." + name, name);
    }

    public String priority(int priority) {
        return texts.get("priority." + priority);
    }

    private static String orName(String text, String key, String name) {
        return key.equals(text) ? name : text;
    }
}
