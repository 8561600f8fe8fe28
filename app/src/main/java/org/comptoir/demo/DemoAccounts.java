package org.comptoir.demo;

import java.util.List;
import org.comptoir.account.Accounts;
import org.comptoir.account.Role;
import org.comptoir.workspace.Workspace;

/**
 * One demo user per role in the demo workspace ({@code demo-admin}, {@code demo-manager}, {@code demo-agent},
 * {@code demo-viewer}, password {@value #PASSWORD}). They exist only while the server listens on loopback:
 * created when it starts there, removed (with their tokens) when it starts on any other address.
 */
public final class DemoAccounts {
    public static final String PASSWORD = "demo";
    public static final List<DemoUser> USERS = List.of(
            new DemoUser("demo-admin", Role.ADMIN), new DemoUser("demo-manager", Role.MANAGER),
            new DemoUser("demo-agent", Role.AGENT), new DemoUser("demo-viewer", Role.VIEWER));

    private DemoAccounts() {
    }

    /** A demo user and the role it holds in the demo workspace. */
    public record DemoUser(String name, Role role) {
    }

    /** Creates the demo users when {@code enabled} (loopback and a demo workspace), removes them otherwise. */
    public static void apply(Accounts accounts, boolean enabled) {
        for (DemoUser user : USERS) {
            if (enabled) {
                accounts.ensureFixed(user.name(), PASSWORD, Workspace.DEMO, user.role());
            } else {
                accounts.removeIfPresent(user.name());
            }
        }
    }
}
