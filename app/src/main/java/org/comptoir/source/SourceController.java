package org.comptoir.source;

import java.util.List;
import org.comptoir.account.Role;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sources page: every source of the workspace with its health at a glance (refreshed by htmx), and for
 * managers a form to add one, pause, resume or delete it. A generated webhook secret is shown once, after adding.
 */
@Controller
class SourceController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Sources sources;

    SourceController(Sources sources) {
        this.sources = sources;
    }

    /** A row of the page: the source, its health, and for an X filtered stream its topics' rules (or why none). */
    record Row(Source source, SourceHealth health, List<org.comptoir.connector.xapi.XRules.Derived> rules) {
    }

    @GetMapping("/sources")
    String page(WorkspaceRef workspace, Model model) {
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("canEdit", workspace.allows(Role.MANAGER));
        model.addAttribute("types", org.comptoir.connector.Connectors.TYPES);
        model.addAttribute("rows", rows(workspace));
        return "sources/index";
    }

    @GetMapping("/sources/health")
    String health(WorkspaceRef workspace, Model model) {
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("canEdit", workspace.allows(Role.MANAGER));
        model.addAttribute("rows", rows(workspace));
        return "sources/index :: rows";
    }

    @PostMapping("/sources")
    String add(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam String type, @RequestParam(defaultValue = "") String name,
               @RequestParam(defaultValue = "") String target, @RequestParam(defaultValue = "") String timeline,
               @RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "") String subreddit,
               @RequestParam(name = "client_id", defaultValue = "") String clientId,
               @RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String every,
               @RequestParam(defaultValue = "false") boolean stream, @RequestParam(defaultValue = "") String search,
               RedirectAttributes flash) {
        ObjectNode request = JSON.createObjectNode();
        request.put("type", type);
        putIfPresent(request, "name", name);
        putIfPresent(request, "every", every);
        switch (type) {
            case "rss" -> putIfPresent(request, "url", target);
            case "mastodon" -> {
                putIfPresent(request, "instance", target);
                putIfPresent(request, "timeline", timeline);
                putIfPresent(request, "token", token);
                putStream(request, stream);
            }
            case "bluesky" -> putIfPresent(request, "endpoint", target);
            case "x" -> {
                putIfPresent(request, "query", query);
                putIfPresent(request, "token", token);
                putStream(request, stream);
            }
            case "reddit" -> {
                putIfPresent(request, "subreddit", subreddit);
                putIfPresent(request, "search", search);
                putIfPresent(request, "client_id", clientId);
                putIfPresent(request, "client_secret", token);
            }
            default -> putIfPresent(request, "secret", token);
        }
        try {
            Sources.Added added = sources.add(workspace.name(), request);
            flash.addFlashAttribute("added", added.source().name());
            flash.addFlashAttribute("secret", added.generatedSecret());
            flash.addFlashAttribute("webhook", added.source().pushed() ? "/api/v1/sources/" + added.source().id() + "/webhook" : null);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/sources?workspace=" + workspace.name();
    }

    @PostMapping("/sources/pause")
    String pause(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam long id, @RequestParam boolean paused) {
        if (sources.find(workspace.name(), id).isPresent()) {
            sources.setPaused(workspace.name(), id, paused);
        }
        return "redirect:/sources?workspace=" + workspace.name();
    }

    @PostMapping("/sources/delete")
    String delete(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam long id) {
        sources.remove(workspace.name(), id);
        return "redirect:/sources?workspace=" + workspace.name();
    }

    private List<Row> rows(WorkspaceRef workspace) {
        return sources.list(workspace.name()).stream().map(source -> new Row(source, sources.health(source), sources.xRules(source))).toList();
    }

    private static void putStream(ObjectNode request, boolean stream) {
        if (stream) {
            request.put("stream", true);
        }
    }

    private static void putIfPresent(ObjectNode request, String field, String value) {
        if (value != null && !value.isBlank()) {
            request.put(field, value.strip());
        }
    }
}
