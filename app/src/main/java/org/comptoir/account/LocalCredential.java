package org.comptoir.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The running server's own credential for the CLI on the same machine: random for each start, kept in
 * memory and written to {@code <data>/server.properties} readable only by its owner (mode 0600).
 * Whoever can read that file can read the data directory itself, so it grants a global administrator.
 */
public final class LocalCredential {
    private final String value;

    public LocalCredential() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.value = "local_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String value() {
        return value;
    }

    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
