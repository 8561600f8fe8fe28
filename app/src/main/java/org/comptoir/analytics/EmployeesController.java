package org.comptoir.analytics;

import java.util.Arrays;
import org.comptoir.account.Role;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /employees}: the handles the workspace counts apart in the engagement pyramid; managers edit the list. */
@Controller
class EmployeesController {
    private final Analytics analytics;

    EmployeesController(Analytics analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/employees")
    String employees(WorkspaceRef workspace, Model model) {
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("handles", String.join("\n", analytics.employees(workspace.name())));
        model.addAttribute("canEdit", workspace.allows(Role.MANAGER));
        return "analytics/employees";
    }

    @PostMapping("/employees")
    String save(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam(defaultValue = "") String handles, RedirectAttributes flash) {
        try {
            analytics.replaceEmployees(workspace.name(), Arrays.asList(handles.split("[\\r\\n,]+")));
            flash.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/employees?workspace=" + workspace.name();
    }
}
