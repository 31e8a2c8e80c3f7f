package org.helpdesk.api.mapping;

import java.io.Serializable;

import org.helpdesk.api.mapping.ApiMapping.Direction;
import org.helpdesk.api.mapping.ApiMapping.Kind;

/**
 * A web service's mapping for one direction as the admin screen edits it.
 *
 * @param version the stored mapping's version, 0 for one not stored yet
 */
public record ApiMappingForm(String webservice, Direction direction, long version, MappingRules rules) implements Serializable {

    public ApiMappingForm {
        rules = rules == null ? MappingRules.NONE : rules;
    }

    /** The form with its rules given part by part. */
    public ApiMappingForm(String webservice, Direction direction, long version, Kind kind, String keyMap, String valueMap,
            String stylesheet) {
        this(webservice, direction, version, MappingRules.of(kind, keyMap, valueMap, stylesheet));
    }

    /** The form of a stored mapping. */
    public static ApiMappingForm of(ApiMapping mapping) {
        return new ApiMappingForm(mapping.getWebservice(), mapping.getDirection(), mapping.getVersion(), mapping.getRules());
    }

    /** No mapping. */
    public static ApiMappingForm none(String webservice, Direction direction) {
        return new ApiMappingForm(webservice, direction, 0, MappingRules.NONE);
    }

    public Kind kind() {
        return rules.getKind();
    }
}
