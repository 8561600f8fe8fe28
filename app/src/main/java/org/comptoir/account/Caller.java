package org.comptoir.account;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated caller of the current request: a user signed in on a page, the owner of a bearer
 * token, or the local CLI (the server's own credential, a global administrator).
 */
public record Caller(String name, boolean admin) {
    /** The authority a global administrator carries. */
    public static final String ADMIN_AUTHORITY = "ADMIN";
    public static final String LOCAL_CLI = "local-cli";

    /** The current caller if they are a global administrator, else {@link org.comptoir.web.Forbidden}. */
    public static Caller requireAdmin() {
        return current().filter(Caller::admin)
                .orElseThrow(() -> new org.comptoir.web.Forbidden("only a global administrator may do this"));
    }

    /** The current caller (every page and API call past the security filters has one). */
    public static Caller require() {
        return current().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
    }

    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        boolean admin = authentication.getAuthorities().stream().anyMatch(a -> ADMIN_AUTHORITY.equals(a.getAuthority()));
        return Optional.of(new Caller(authentication.getName(), admin));
    }
}
