package org.helpdesk.shared;

import java.io.Serializable;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking shared by every entity. Ids come from one table generator
 * ({@code id_generator}), which works the same on H2, PostgreSQL and MariaDB. A server takes 500 ids at a
 * time (a new ticket with its article, history, milestones and bell entries needs about forty), so drawing
 * ids is one short transaction per dozen tickets rather than per ticket; a restart leaves the rest unused.
 */
@MappedSuperclass
@TableGenerator(name = "ids", table = "id_generator", pkColumnName = "gen_name", valueColumnName = "gen_value",
        pkColumnValue = "ids", allocationSize = 500)
public abstract class BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** Refuses the change when the caller worked on an older version than the stored one. */
    public void checkVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new ConcurrentChangeException();
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass() || id == null) {
            return false;
        }
        return id.equals(((BaseEntity) other).id);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
