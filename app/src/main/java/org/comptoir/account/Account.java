package org.comptoir.account;

import java.time.Instant;
import java.util.regex.Pattern;

/** A person who signs in to Comptoir; {@code admin} is a global administrator (every workspace, users). */
public record Account(String name, boolean admin, Instant createdAt, Instant passwordChangedAt) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    public static final String FIRST_ADMIN = "admin";

    /** User names: 1 to 64 lower-case letters, digits, {@code .}, {@code _} or {@code -}. */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid user name '" + name
                    + "': use 1 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        return name;
    }
}
