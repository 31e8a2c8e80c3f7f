package org.helpdesk.agent;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.auth.LoginAccount;
import org.helpdesk.shared.BaseEntity;

/** A member of the support staff who works on tickets. */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "agent")
@NamedQuery(name = "Agent.byLogin", query = "SELECT a FROM Agent a WHERE a.login = :login")
@NamedQuery(name = "Agent.byEmail", query = "SELECT a FROM Agent a WHERE LOWER(a.email) = :email")
@NamedQuery(name = "Agent.count", query = "SELECT COUNT(a) FROM Agent a")
@NamedQuery(name = "Agent.switchedOff", query = "SELECT a.id FROM Agent a JOIN a.notificationOptOuts o WHERE o = :notification")
@NamedQuery(name = "Agent.watching",
        query = "SELECT a FROM Agent a JOIN a.myQueues q WHERE q = :queue AND a.valid = TRUE ORDER BY a.lastName, a.firstName")
@NamedQuery(name = "Agent.holdingAmong", query = "SELECT DISTINCT a.id FROM Agent a LEFT JOIN a.permissions p "
        + "LEFT JOIN a.roles r LEFT JOIN r.permissions rp WHERE a.id IN :ids AND a.valid = TRUE AND ("
        + "(p.group = :group AND p.permission IN :permissions) OR "
        + "(r.valid = TRUE AND rp.group = :group AND rp.permission IN :permissions))")
@NamedQuery(name = "Agent.holding", query = "SELECT DISTINCT a FROM Agent a LEFT JOIN a.permissions p "
        + "LEFT JOIN a.roles r LEFT JOIN r.permissions rp WHERE a.valid = TRUE AND ("
        + "(p.group = :group AND p.permission IN :permissions) OR "
        + "(r.valid = TRUE AND rp.group = :group AND rp.permission IN :permissions)) ORDER BY a.lastName, a.firstName")
public class Agent extends BaseEntity implements PermissionHolder {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = 100)
    private String login;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(length = 250)
    private String email;

    @Column(nullable = false, length = 10)
    private String language = "es";

    @Column(name = "time_zone", nullable = false, length = 50)
    private String timeZone = "America/Lima";

    @Column(nullable = false)
    private boolean valid = true;

    @Embedded
    private LoginAccount account = new LoginAccount();

    /** Set for a generated first password: every agent page leads to the password form until it is changed. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @ManyToMany
    @JoinTable(name = "agent_role_member", joinColumns = @JoinColumn(name = "agent_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    private Set<Role> roles = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "agent_group_permission", joinColumns = @JoinColumn(name = "agent_id"))
    private Set<GroupPermission> permissions = new HashSet<>();

    /** The optional notifications this agent switched off. */
    @ElementCollection
    @CollectionTable(name = "agent_notification_optout", joinColumns = @JoinColumn(name = "agent_id"))
    @Column(name = "notification_id")
    private Set<Long> notificationOptOuts = new HashSet<>();

    /** The queues this agent chose as "my queues" (OTRS's My Queues): new and moved tickets there ring the bell. */
    @ElementCollection
    @CollectionTable(name = "agent_my_queue", joinColumns = @JoinColumn(name = "agent_id"))
    @Column(name = "queue_id")
    private Set<Long> myQueues = new HashSet<>();

    protected Agent() {
    }

    public Agent(String login, String firstName, String lastName, String email) {
        this.login = login;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
    }

    /** Changes login, names and e-mail (the administrator's edit). */
    public void rename(String login, String firstName, String lastName, String email) {
        this.login = login;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
    }

    public String getLogin() {
        return login;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }

    public LoginAccount getAccount() {
        return account;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** The agent must choose a password of their own before working (see {@link #changeOwnPassword}). */
    public void requirePasswordChange() {
        mustChangePassword = true;
    }

    /** The agent's own choice of a new password; their other sessions end (see {@link LoginAccount}). */
    public void changeOwnPassword(char[] password) {
        account.setPassword(password);
        mustChangePassword = false;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public void join(Role role) {
        roles.add(role);
    }

    public void leave(Role role) {
        roles.remove(role);
    }

    /** The permissions granted to this agent directly (not through roles). */
    public Set<GroupPermission> getPermissions() {
        return Set.copyOf(permissions);
    }

    @Override
    public void grant(AgentGroup group, Permission permission) {
        permissions.add(new GroupPermission(group, permission));
    }

    @Override
    public void revoke(AgentGroup group, Permission permission) {
        permissions.remove(new GroupPermission(group, permission));
    }

    /** Whether this agent switched the optional notification off. */
    public boolean hasSwitchedOff(long notificationId) {
        return notificationOptOuts.contains(notificationId);
    }

    /** Switches the optional notifications with these ids off, and all others on. */
    public void switchOffNotifications(Set<Long> notificationIds) {
        notificationOptOuts.clear();
        notificationOptOuts.addAll(notificationIds);
    }

    /** The ids of the queues the agent chose as "my queues". */
    public Set<Long> getMyQueues() {
        return Set.copyOf(myQueues);
    }

    /** Makes the queues with these ids the agent's "my queues" (the caller checks that the agent may read them). */
    public void chooseMyQueues(Set<Long> queueIds) {
        myQueues.retainAll(queueIds);
        myQueues.addAll(queueIds);
    }

    /** Whether the agent holds {@code needed} on the group ({@link AgentDirectory#grants} answers the same in two queries). */
    public boolean holds(AgentGroup group, Permission needed) {
        return allPermissions().anyMatch(p -> p.getGroup().equals(group) && needed.isGrantedBy(p.getPermission()));
    }

    /** The ids of the groups on which this agent holds {@code needed}, directly or through a valid role. */
    public Set<Long> groupIdsWith(Permission needed) {
        return allPermissions().filter(p -> needed.isGrantedBy(p.getPermission())).map(p -> p.getGroup().getId())
                .collect(Collectors.toSet());
    }

    /** Administrators hold rw on the admin group, as in OTRS. */
    public boolean isAdmin() {
        return allPermissions().anyMatch(p -> p.getGroup().getName().equals(AgentGroup.ADMIN) && p.getPermission() == Permission.RW);
    }

    /** Whether the agent holds {@code needed} on the group named {@code groupName} (such as {@link AgentGroup#STATS}). */
    public boolean holds(String groupName, Permission needed) {
        return allPermissions().anyMatch(p -> p.getGroup().getName().equals(groupName) && needed.isGrantedBy(p.getPermission()));
    }

    private Stream<GroupPermission> allPermissions() {
        if (!valid) {
            return Stream.empty();
        }
        return Stream.concat(permissions.stream(), roles.stream().filter(Role::isValid).flatMap(r -> r.getPermissions().stream()));
    }
}
