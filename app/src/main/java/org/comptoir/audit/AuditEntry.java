package org.comptoir.audit;

import java.time.Instant;

/** One row of the audit log: who ({@code actor}, from {@code address}) did {@code action} on {@code target}, and when. */
public record AuditEntry(long id, Instant at, String actor, String address, String workspace, String action,
                         String target, String detail) {
}
