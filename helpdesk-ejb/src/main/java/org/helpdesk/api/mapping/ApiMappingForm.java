package org.helpdesk.api.mapping;

import java.io.Serializable;

import org.helpdesk.api.mapping.ApiMapping.Direction;
import org.helpdesk.api.mapping.ApiMapping.Kind;

/**
 * A web service's mapping for one direction as the admin screen edits it: the kind, and for SIMPLE the key
 * lines ({@code from = to}) and value lines ({@code Key: from = to}), for XSLT the stylesheet.
 *
 * @param version the stored mapping's version, 0 for one not stored yet
 */
public record ApiMappingForm(String webservice, Direction direction, long version, Kind kind, String keyMap, String valueMap,
        String stylesheet) implements Serializable {

    /** The form of a stored mapping. */
    public static ApiMappingForm of(ApiMapping mapping) {
        return new ApiMappingForm(mapping.getWebservice(), mapping.getDirection(), mapping.getVersion(), mapping.getKind(),
                mapping.getKeyMap(), mapping.getValueMap(), mapping.getStylesheet());
    }

    /** No mapping. */
    public static ApiMappingForm none(String webservice, Direction direction) {
        return new ApiMappingForm(webservice, direction, 0, Kind.NONE, null, null, null);
    }
}
