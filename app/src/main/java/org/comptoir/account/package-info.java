/**
 * Who may sign in and what they may do: users ({@link org.comptoir.account.Accounts}, bcrypt passwords),
 * roles per workspace ({@link org.comptoir.account.Role}), personal API tokens
 * ({@link org.comptoir.account.PersonalTokens}, stored as SHA-256), the sign-in throttle
 * ({@link org.comptoir.account.LoginThrottle}) and the Spring Security filter chains
 * ({@code SecurityConfig}: sessions, bearer tokens, CSRF, Content-Security-Policy). Which workspace a
 * request may touch is decided by {@code workspace.WorkspaceGate}, not here.
 * <p>
 * Publishes {@link org.comptoir.account.AccountEvents} records (users, passwords, roles, tokens, sign-ins).
 */
package org.comptoir.account;
