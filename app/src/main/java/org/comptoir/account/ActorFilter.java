package org.comptoir.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.comptoir.events.Actor;
import org.springframework.web.filter.OncePerRequestFilter;

/** Names the request's {@link Actor} (the authenticated caller and their address) for the audit log. */
final class ActorFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = Caller.current();
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        new Actor(caller.get().name(), request.getRemoteAddr()).becomeCurrent();
        try {
            chain.doFilter(request, response);
        } finally {
            Actor.clear();
        }
    }
}
