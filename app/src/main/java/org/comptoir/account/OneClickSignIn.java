package org.comptoir.account;

import java.util.List;

/**
 * Accounts the login page offers as one-click buttons: the demo users, only while the server listens on
 * loopback (their password is public, in the README). Empty otherwise.
 */
public record OneClickSignIn(List<Entry> entries) {
    /** A user name, the role it holds (shown on the button) and its public password. */
    public record Entry(String user, String role, String password) {
    }

    public static OneClickSignIn none() {
        return new OneClickSignIn(List.of());
    }
}
