package org.comptoir.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.account.Accounts;
import org.comptoir.account.Role;
import org.comptoir.web.ApiError;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/members?workspace=W}: who holds which role in a workspace; its admins grant
 * ({@code PUT /{user}} with {@code {"role":"agent"}}) and revoke ({@code DELETE /{user}}).
 */
@RestController
@RequestMapping("/api/v1/members")
class MemberApiController {
    private final Accounts accounts;

    MemberApiController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Body of a grant. */
    record RoleRequest(String role) {
    }

    @GetMapping
    List<Map<String, Object>> list(@Needs(Role.ADMIN) WorkspaceRef workspace) {
        return accounts.members(workspace.name()).entrySet().stream().map(e -> view(e.getKey(), e.getValue())).toList();
    }

    @PutMapping("/{user}")
    Map<String, Object> grant(@Needs(Role.ADMIN) WorkspaceRef workspace, @PathVariable String user,
                              @RequestBody RoleRequest request) {
        Role role = Role.fromLabel(request.role());
        accounts.grant(user, workspace.name(), role);
        return view(user, role);
    }

    @DeleteMapping("/{user}")
    ResponseEntity<Void> revoke(@Needs(Role.ADMIN) WorkspaceRef workspace, @PathVariable String user) {
        if (!accounts.revoke(user, workspace.name())) {
            throw new ApiError.NotFound("'" + user + "' holds no role in workspace '" + workspace + "'");
        }
        return ResponseEntity.noContent().build();
    }

    private static Map<String, Object> view(String user, Role role) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("user", user);
        view.put("role", role.label());
        return view;
    }
}
