package org.comptoir.workspace;

import java.util.List;
import org.comptoir.Comptoir;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/workspaces}. */
@RestController
class WorkspaceApiController {
    private final Comptoir comptoir;

    WorkspaceApiController(Comptoir comptoir) {
        this.comptoir = comptoir;
    }

    @GetMapping("/api/v1/workspaces")
    List<Workspace> list() {
        return comptoir.listWorkspaces();
    }
}
