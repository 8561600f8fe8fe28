package org.comptoir.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.comptoir.account.Accounts;
import org.comptoir.account.Caller;
import org.comptoir.account.Role;
import org.comptoir.web.ApiError;
import org.comptoir.web.Forbidden;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The one place that turns a request's {@code workspace=} into an authorised {@link WorkspaceRef}, for
 * pages, the API and the CLI's server calls alike. A workspace the caller holds no role in answers
 * 404 exactly like one that does not exist, so its existence is not revealed; a role too low answers
 * 403. Reading never creates a workspace.
 */
public final class WorkspaceGate implements HandlerMethodArgumentResolver {
    public static final String PARAMETER = "workspace";
    private final Workspaces workspaces;
    private final Accounts accounts;

    public WorkspaceGate(Workspaces workspaces, Accounts accounts) {
        this.workspaces = workspaces;
        this.accounts = accounts;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == WorkspaceRef.class;
    }

    @Override
    public WorkspaceRef resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                        WebDataBinderFactory binders) {
        Needs needs = parameter.getParameterAnnotation(Needs.class);
        String name = request.getParameter(PARAMETER);
        return authorise(name == null || name.isBlank() ? Workspace.DEFAULT : name.strip(),
                needs == null ? Role.VIEWER : needs.value());
    }

    /** The caller's role in the workspace the request names, if they may see it (for what a page's header offers). */
    public Optional<Role> roleInRequested(jakarta.servlet.http.HttpServletRequest request) {
        String name = request.getParameter(PARAMETER);
        String workspace = name == null || name.isBlank() ? Workspace.DEFAULT : name.strip();
        return Optional.ofNullable(visibleRoles().get(workspace));
    }

    /** The workspace for the current caller, or {@link ApiError.NotFound} / {@link Forbidden}. */
    public WorkspaceRef authorise(String name, Role needed) {
        Caller caller = Caller.current().orElseThrow(() -> notFound(name));
        Role role = roleOf(caller, name).orElseThrow(() -> notFound(name));
        if (!role.includes(needed)) {
            throw new Forbidden("your role in workspace '" + name + "' is " + role.label() + "; this needs "
                    + needed.label() + " or above");
        }
        return new WorkspaceRef(name, role);
    }

    /** The workspaces the caller may see, in name order. */
    public List<Workspace> visible() {
        Map<String, Role> roles = visibleRoles();
        return workspaces.list().stream().filter(w -> roles.containsKey(w.name())).toList();
    }

    /** The caller's role in each workspace they may see (two queries, whatever the number of workspaces). */
    public Map<String, Role> visibleRoles() {
        Map<String, Role> roles = new LinkedHashMap<>();
        Caller.current().ifPresent(caller -> {
            Map<String, Role> held = caller.admin() ? Map.of() : accounts.roles(caller.name());
            for (Workspace workspace : workspaces.list()) {
                Role role = caller.admin() ? Role.ADMIN : held.get(workspace.name());
                if (role != null) {
                    roles.put(workspace.name(), role);
                }
            }
        });
        return roles;
    }

    private Optional<Role> roleOf(Caller caller, String name) {
        if (!isValidName(name) || !workspaces.exists(name)) {
            return Optional.empty();
        }
        return caller.admin() ? Optional.of(Role.ADMIN) : accounts.roleIn(caller.name(), name);
    }

    private static boolean isValidName(String name) {
        try {
            Workspace.checkName(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ApiError.NotFound notFound(String name) {
        return new ApiError.NotFound("no workspace '" + name + "' that you can see");
    }
}
