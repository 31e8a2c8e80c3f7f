package org.helpdesk.web.api;

import java.io.Serializable;

import org.helpdesk.api.mapping.ApiMapping.Kind;
import org.helpdesk.api.mapping.MappingRules;

/** {@link MappingRules} as a form edits them (see {@code /WEB-INF/includes/mapping-rules.xhtml}). */
public class MappingEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private Kind kind;
    private String keyMap;
    private String valueMap;
    private String stylesheet;

    MappingEdit(MappingRules rules) {
        kind = rules.getKind();
        keyMap = rules.getKeyMap();
        valueMap = rules.getValueMap();
        stylesheet = rules.getStylesheet();
    }

    MappingRules toRules() {
        return MappingRules.of(kind, keyMap, valueMap, stylesheet);
    }

    public Kind[] getKinds() {
        return Kind.values();
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public String getKeyMap() {
        return keyMap;
    }

    public void setKeyMap(String keyMap) {
        this.keyMap = keyMap;
    }

    public String getValueMap() {
        return valueMap;
    }

    public void setValueMap(String valueMap) {
        this.valueMap = valueMap;
    }

    public String getStylesheet() {
        return stylesheet;
    }

    public void setStylesheet(String stylesheet) {
        this.stylesheet = stylesheet;
    }
}
