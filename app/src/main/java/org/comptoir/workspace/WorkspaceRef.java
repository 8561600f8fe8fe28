package org.comptoir.workspace;

import org.comptoir.account.Role;

/**
 * A workspace the current caller may act on, with the role they hold there. Only {@link WorkspaceGate}
 * makes one for a request; controllers receive it as a parameter and never read {@code workspace=} themselves.
 */
public final class WorkspaceRef {
    private final String name;
    private final Role role;

    WorkspaceRef(String name, Role role) {
        this.name = name;
        this.role = role;
    }

    public String name() {
        return name;
    }

    /** The caller's role in this workspace ({@link Role#ADMIN} for a global administrator). */
    public Role role() {
        return role;
    }

    public boolean allows(Role needed) {
        return role.includes(needed);
    }

    @Override
    public String toString() {
        return name;
    }
}
