package org.helpdesk.shared;

/** The caller lacks the permission the action needs. */
public class PermissionDeniedException extends HelpdeskException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String permission, String where) {
        super("error.permissionDenied", permission, where);
    }
}
