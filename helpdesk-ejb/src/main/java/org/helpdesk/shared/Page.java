package org.helpdesk.shared;

import java.io.Serializable;
import java.util.List;

/** One page of a list and the total number of rows behind it. */
public record Page<T extends Serializable>(List<T> rows, long total) implements Serializable {
}
