package org.comptoir.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer …} on the API: a personal token authenticates its owner, the server's
 * {@link LocalCredential} the local CLI. A bearer value that is neither answers 401 at once.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    private static final String PREFIX = "Bearer ";
    private final PersonalTokens tokens;
    private final LocalCredential local;

    BearerTokenFilter(PersonalTokens tokens, LocalCredential local) {
        this.tokens = tokens;
        this.local = local;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        String presented = header.substring(PREFIX.length()).strip();
        Optional<Caller> caller = local.matches(presented) ? Optional.of(new Caller(Caller.LOCAL_CLI, true))
                : tokens.authenticate(presented).map(account -> new Caller(account.name(), account.admin()));
        if (caller.isEmpty()) {
            JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid, expired or revoked token");
            return;
        }
        List<SimpleGrantedAuthority> authorities = caller.get().admin()
                ? List.of(new SimpleGrantedAuthority(Caller.ADMIN_AUTHORITY)) : List.of();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(caller.get().name(), null, authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
