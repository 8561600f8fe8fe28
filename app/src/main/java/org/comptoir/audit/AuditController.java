package org.comptoir.audit;

import org.comptoir.account.Role;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit page: a workspace's log for its admins ({@code /audit}), the whole log for global administrators ({@code /admin/audit}). */
@Controller
class AuditController {
    private static final int SHOWN = 500;
    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String workspace(@Needs(Role.ADMIN) WorkspaceRef workspace, Model model) {
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("entries", audit.list(workspace.name(), SHOWN));
        model.addAttribute("csv", "/api/v1/audit?format=csv&workspace=" + workspace.name());
        return "audit/index";
    }

    @GetMapping("/admin/audit")
    String all(Model model) {
        org.comptoir.account.Caller.requireAdmin();
        model.addAttribute("entries", audit.list(null, SHOWN));
        model.addAttribute("csv", "/api/v1/admin/audit?format=csv");
        return "audit/index";
    }
}
