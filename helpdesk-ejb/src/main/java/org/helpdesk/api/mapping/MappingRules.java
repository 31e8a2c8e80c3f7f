package org.helpdesk.api.mapping;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.helpdesk.api.mapping.ApiMapping.Kind;

/**
 * How data is mapped, as an admin writes it: not at all, by key lines ({@code from = to}) and value lines
 * ({@code Key: from = to}), or by an XSLT stylesheet (see {@link Mapping}). Web services' requests and responses
 * and web hooks' payloads are mapped this way. Immutable; blank texts are kept as none.
 */
@Embeddable
public class MappingRules implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No mapping. */
    public static final MappingRules NONE = new MappingRules(Kind.NONE, null, null, null);

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind = Kind.NONE;

    @Column(name = "key_map")
    private String keyMap;

    @Column(name = "value_map")
    private String valueMap;

    @Column(name = "stylesheet")
    private String stylesheet;

    protected MappingRules() {
    }

    private MappingRules(Kind kind, String keyMap, String valueMap, String stylesheet) {
        this.kind = kind == null ? Kind.NONE : kind;
        this.keyMap = blankToNull(keyMap);
        this.valueMap = blankToNull(valueMap);
        this.stylesheet = blankToNull(stylesheet);
    }

    public static MappingRules of(Kind kind, String keyMap, String valueMap, String stylesheet) {
        return new MappingRules(kind, keyMap, valueMap, stylesheet);
    }

    /** The mapping ready to run; a {@link org.helpdesk.shared.ValidationException} on the offending field when it cannot be. */
    public Mapping compile() {
        return Mapping.of(getKind(), keyMap, valueMap, stylesheet);
    }

    public Kind getKind() {
        return kind == null ? Kind.NONE : kind;
    }

    public String getKeyMap() {
        return keyMap;
    }

    public String getValueMap() {
        return valueMap;
    }

    public String getStylesheet() {
        return stylesheet;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MappingRules rules && getKind() == rules.getKind() && Objects.equals(keyMap, rules.keyMap)
                && Objects.equals(valueMap, rules.valueMap) && Objects.equals(stylesheet, rules.stylesheet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getKind(), keyMap, valueMap, stylesheet);
    }
}
