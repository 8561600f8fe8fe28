package org.comptoir.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser session keeps only what its account still has: on every request signed in by a session, the account
 * is read again, and the session ends when the user was removed, their global-administrator flag no longer
 * matches (a user removed and added again under the same name), or their password changed after the session
 * signed in. Bearer tokens are already checked live.
 */
final class LiveAccountFilter extends OncePerRequestFilter {
    private final Accounts accounts;

    LiveAccountFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UserDetails user) {
            boolean admin = authentication.getAuthorities().stream().anyMatch(a -> Caller.ADMIN_AUTHORITY.equals(a.getAuthority()));
            HttpSession current = request.getSession(false);
            Object signedInAt = current == null ? null : current.getAttribute(SignInHandlers.SIGNED_IN_AT);
            boolean stillValid = accounts.find(user.getUsername())
                    .filter(account -> account.admin() == admin)
                    .filter(account -> !(signedInAt instanceof Instant at) || !account.passwordChangedAt().isAfter(at))
                    .isPresent();
            if (!stillValid) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
