package org.comptoir.account;

/** What happened to accounts, roles, tokens and sign-ins; the audit log records each of them. */
public final class AccountEvents {
    private AccountEvents() {
    }

    public record UserAdded(String user, boolean admin) {
    }

    public record UserRemoved(String user) {
    }

    public record PasswordChanged(String user) {
    }

    public record RoleGranted(String user, String workspace, Role role) {
    }

    public record RoleRevoked(String user, String workspace) {
    }

    public record TokenCreated(String user, String tokenId, String name) {
    }

    public record TokenRevoked(String user, String tokenId) {
    }

    /** A sign-in succeeded from {@code address}. */
    public record SignedIn(String user, String address) {
    }

    /** A sign-in failed; {@code user} is the name typed, which may not exist; {@code throttled} when refused before checking. */
    public record SignInFailed(String user, String address, boolean throttled) {
    }
}
