package org.comptoir.account;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.comptoir.events.Events;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. Two filter chains: the REST API ({@code /api/**}: bearer tokens or the browser
 * session, 401/403 as JSON) and the pages (form sign-in at {@code /login}, throttled). Both accept a bearer
 * token; CSRF is checked on every state-changing request that does not carry one (forms, htmx). Which workspace a
 * request may touch is decided later, in one place: {@code workspace.WorkspaceGate}.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final String[] OPEN_API_DOCS = {"/api/v1/openapi", "/api/v1/openapi/**", "/api/v1/docs", "/api/v1/docs/**",
            "/api/v1/swagger-ui/**"};

    /** A webhook source's delivery authenticates by its HMAC signature (checked by source.SourceWebhooks), not by a session. */
    private static final org.springframework.security.web.util.matcher.RequestMatcher SIGNED_WEBHOOK =
            request -> "POST".equals(request.getMethod()) && request.getRequestURI() != null
                    && request.getRequestURI().matches("/api/v1/sources/\\d{1,18}/webhook");

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, PersonalTokens tokens, LocalCredential local, Accounts accounts) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(rules -> rules.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers(OPEN_API_DOCS).permitAll()
                        .requestMatchers(SIGNED_WEBHOOK).permitAll()
                        .requestMatchers("/api/v1/admin/**").hasAuthority(Caller.ADMIN_AUTHORITY)
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, local), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new LiveAccountFilter(accounts), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new ActorFilter(), AuthorizationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> bearsToken(request) || request.getRequestedSessionId() == null
                        || SIGNED_WEBHOOK.matches(request)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> JsonErrors.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "sign in, or send Authorization: Bearer <token>"))
                        .accessDeniedHandler((request, response, e) -> JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN,
                                e instanceof CsrfException ? "missing or invalid CSRF token (send a bearer token from scripts)"
                                        : "forbidden")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle, Events events, PersonalTokens tokens,
                              LocalCredential local, Accounts accounts) throws Exception {
        SignInHandlers signIn = new SignInHandlers(throttle, events);
        http.authorizeHttpRequests(rules -> rules.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/swagger-ui/**").permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasAuthority(Caller.ADMIN_AUTHORITY)
                        .anyRequest().authenticated())
                .addFilterBefore(signIn.throttleFilter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, local), UsernamePasswordAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::bearsToken))
                .addFilterBefore(new LiveAccountFilter(accounts), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new ActorFilter(), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage("/login").successHandler(signIn.success()).failureHandler(signIn.failure()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * A request that authenticates with a bearer token: browsers never add one by themselves, so no CSRF risk.
     * On the API a request without a session cannot ride on a victim's session either: it is simply
     * unauthenticated (401), so the CSRF check is skipped for it too.
     */
    static boolean bearsToken(jakarta.servlet.http.HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Bean
    UserDetailsService users(Accounts accounts) {
        return name -> {
            Account account = accounts.find(name).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
            String hash = accounts.passwordHash(name).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
            List<SimpleGrantedAuthority> authorities = account.admin()
                    ? List.of(new SimpleGrantedAuthority(Caller.ADMIN_AUTHORITY)) : List.of(new SimpleGrantedAuthority("USER"));
            return User.withUsername(account.name()).password(hash).authorities(authorities).build();
        };
    }

    @Bean
    PasswordEncoder passwordEncoder(Accounts accounts) {
        return accounts.encoder();
    }
}
