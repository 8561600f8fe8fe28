package org.comptoir.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.account.Caller;
import org.comptoir.account.Role;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit?workspace=W} (the workspace's admins) and {@code GET /api/v1/admin/audit}
 * (global administrators, every row including sign-ins and user changes); {@code format=csv} exports.
 */
@RestController
class AuditApiController {
    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    ResponseEntity<?> workspace(@Needs(Role.ADMIN) WorkspaceRef workspace, @RequestParam(defaultValue = "json") String format,
                                @RequestParam(defaultValue = "1000") int limit) {
        return answer(audit.list(workspace.name(), limit), format, "audit-" + workspace.name());
    }

    @GetMapping("/api/v1/admin/audit")
    ResponseEntity<?> all(@RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "1000") int limit) {
        Caller.requireAdmin();
        return answer(audit.list(null, limit), format, "audit");
    }

    static ResponseEntity<?> answer(List<AuditEntry> entries, String format, String fileName) {
        if ("csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"")
                    .body(AuditLog.csv(entries));
        }
        if (!"json".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("unknown format '" + format + "': use json or csv");
        }
        return ResponseEntity.ok(entries.stream().map(AuditApiController::view).toList());
    }

    private static Map<String, Object> view(AuditEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("at", entry.at().toString());
        view.put("actor", entry.actor());
        view.put("address", entry.address());
        view.put("workspace", entry.workspace());
        view.put("action", entry.action());
        view.put("target", entry.target());
        view.put("detail", entry.detail());
        return view;
    }
}
