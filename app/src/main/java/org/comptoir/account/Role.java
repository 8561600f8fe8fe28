package org.comptoir.account;

import java.util.Locale;

/**
 * A user's role in one workspace, each including the ones before it: a viewer reads; an agent also
 * corrects (and later replies and handles conversations); a manager also edits topics, rules and
 * imports; an admin also manages the workspace's users, roles and settings and reads its audit log.
 */
public enum Role {
    VIEWER, AGENT, MANAGER, ADMIN;

    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromLabel(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown role '" + label + "': use admin, manager, agent or viewer");
        }
    }
}
