package org.helpdesk.api.mapping;

/** A mapping was saved (observed after the commit, to forget compiled mappings). */
public record MappingChanged(String webservice) {
}
