/**
 * The audit log: who did what and when. {@link org.comptoir.audit.AuditLog} listens to the past-tense
 * events of accounts (sign-in, users, roles, tokens), workspaces, topics, imports and corrections and
 * appends one row each to an append-only table; admins read it on {@code /audit}, through
 * {@code GET /api/v1/audit} and as CSV. Publishes no events.
 */
package org.comptoir.audit;
