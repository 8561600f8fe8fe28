package org.comptoir.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.comptoir.events.Events;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The form sign-in's throttle and outcome: refuses an attempt while {@link LoginThrottle} says wait
 * (before any password check), counts failures, and publishes {@link AccountEvents.SignedIn} /
 * {@link AccountEvents.SignInFailed}. Unknown user and wrong password get the same answer.
 */
final class SignInHandlers {
    /** Session attribute: when the session signed in; {@link LiveAccountFilter} ends it after a later password change. */
    static final String SIGNED_IN_AT = "comptoir.signedInAt";
    private final LoginThrottle throttle;
    private final Events events;

    SignInHandlers(LoginThrottle throttle, Events events) {
        this.throttle = throttle;
        this.events = events;
    }

    OncePerRequestFilter throttleFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String user = request.getParameter("username");
                Duration wait = throttle.waitBeforeAttempt(user, request.getRemoteAddr());
                if (wait.isZero() || wait.isNegative()) {
                    chain.doFilter(request, response);
                    return;
                }
                events.publish(new AccountEvents.SignInFailed(String.valueOf(user), request.getRemoteAddr(), true));
                long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
                response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
            }
        };
    }

    SavedRequestAwareAuthenticationSuccessHandler success() {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication) throws ServletException, IOException {
                throttle.succeeded(authentication.getName());
                request.getSession().setAttribute(SIGNED_IN_AT, java.time.Instant.now());
                events.publish(new AccountEvents.SignedIn(authentication.getName(), request.getRemoteAddr()));
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            String user = String.valueOf(request.getParameter("username"));
            throttle.failed(user, request.getRemoteAddr());
            events.publish(new AccountEvents.SignInFailed(user, request.getRemoteAddr(), false));
            response.sendRedirect(request.getContextPath() + "/login?error");
        };
    }
}
