package org.comptoir.workspace;

import java.util.List;
import org.comptoir.account.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header shows: the signed-in caller and the workspaces they may switch to. */
@ControllerAdvice(annotations = Controller.class)
class WorkspacePages {
    private final WorkspaceGate gate;

    WorkspacePages(WorkspaceGate gate) {
        this.gate = gate;
    }

    @ModelAttribute("workspaces")
    List<Workspace> workspaces() {
        return gate.visible();
    }

    /** Whether the header offers the import page: managers and admins of the page's workspace. */
    @ModelAttribute("canImport")
    boolean canImport(jakarta.servlet.http.HttpServletRequest request) {
        return gate.roleInRequested(request).map(role -> role.includes(org.comptoir.account.Role.MANAGER)).orElse(false);
    }

    @ModelAttribute("me")
    Caller me() {
        return Caller.current().orElse(null);
    }
}
