package org.comptoir.workspace;

import java.util.List;
import org.comptoir.account.Accounts;
import org.comptoir.account.Caller;
import org.comptoir.account.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Home (to the first workspace the caller may see, the demo first), the workspaces page (global
 * administrators create workspaces there) and each workspace's members page (its admins grant roles).
 */
@Controller
class WorkspaceController {
    private final Workspaces workspaces;
    private final WorkspaceGate gate;
    private final Accounts accounts;

    WorkspaceController(Workspaces workspaces, WorkspaceGate gate, Accounts accounts) {
        this.workspaces = workspaces;
        this.gate = gate;
        this.accounts = accounts;
    }

    @GetMapping("/")
    String home() {
        List<Workspace> visible = gate.visible();
        if (visible.isEmpty()) {
            return "redirect:/workspaces";
        }
        String first = visible.stream().map(Workspace::name).filter(Workspace.DEMO::equals).findFirst()
                .orElse(visible.get(0).name());
        return "redirect:/search?workspace=" + first;
    }

    @GetMapping("/workspaces")
    String list(Model model) {
        model.addAttribute("roles", gate.visibleRoles());
        model.addAttribute("canCreate", Caller.current().map(Caller::admin).orElse(false));
        return "workspace/list";
    }

    @PostMapping("/workspaces")
    String create(@RequestParam String name, @RequestParam(required = false) String label,
                  @RequestParam(required = false) String zone, RedirectAttributes flash) {
        Caller.requireAdmin();
        try {
            Workspace created = workspaces.create(name.strip(), label, null, zone);
            return "redirect:/search?workspace=" + created.name();
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/workspaces";
        }
    }

    @GetMapping("/workspaces/members")
    String members(@Needs(Role.ADMIN) WorkspaceRef workspace, Model model) {
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("members", accounts.members(workspace.name()));
        model.addAttribute("roleNames", List.of("viewer", "agent", "manager", "admin"));
        return "workspace/members";
    }

    @PostMapping("/workspaces/members")
    String grant(@Needs(Role.ADMIN) WorkspaceRef workspace, @RequestParam String user,
                 @RequestParam(required = false) String role, RedirectAttributes flash) {
        try {
            if (role == null || role.isBlank() || role.equals("none")) {
                accounts.revoke(user.strip(), workspace.name());
            } else {
                accounts.grant(user.strip(), workspace.name(), Role.fromLabel(role));
            }
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/workspaces/members?workspace=" + workspace.name();
    }
}
