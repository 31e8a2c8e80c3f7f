package org.helpdesk.mail.inbound;

import java.io.Serializable;
import java.util.List;

/**
 * A PostMaster filter as the administrator edits it: conditions (header, regular expression,
 * negated) that must all hold, and what to do then. {@code id} is null for a new filter.
 */
public record FilterForm(Long id, long version, String name, int position, List<Condition> conditions, Long queueId,
        Integer priority, Long typeId, boolean ignore, boolean stop, boolean valid) implements Serializable {

    public record Condition(String header, String pattern, boolean negate) implements Serializable {
    }

    public static FilterForm of(PostmasterFilter filter) {
        return new FilterForm(filter.getId(), filter.getVersion(), filter.getName(), filter.getPosition(),
                filter.getMatches().stream().map(m -> new Condition(m.getHeader(), m.getPattern(), m.isNegate())).toList(),
                filter.getSetQueue() == null ? null : filter.getSetQueue().getId(), filter.getSetPriority(),
                filter.getSetType() == null ? null : filter.getSetType().getId(), filter.isIgnoreMessage(), filter.isStop(),
                filter.isValid());
    }
}
