package org.comptoir.inbox;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.comptoir.account.Role;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.team.HoursSpec;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The routing page: the rules in order, a form to write one and try it on the existing conversations (the dry-run)
 * before saving it, and the workspace's response targets. Managers change; others read.
 */
@Controller
class RoutingController {
    private final Routing routing;
    private final Inbox inbox;

    RoutingController(Routing routing, Inbox inbox) {
        this.routing = routing;
        this.inbox = inbox;
    }

    @GetMapping("/routing")
    String page(WorkspaceRef workspace, Model model) {
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("rules", routing.rules(workspace.name()));
        model.addAttribute("canEdit", workspace.allows(Role.MANAGER));
        model.addAttribute("settings", inbox.targets().settings(workspace.name()));
        model.addAttribute("priorities", Arrays.stream(Priority.values()).toList());
        model.addAttribute("draft", Map.of());
        return "inbox/routing";
    }

    @PostMapping("/routing/rules")
    String save(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        try {
            routing.create(rule(workspace.name(), form));
            flash.addFlashAttribute("saved", form.get("name"));
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/routing?workspace=" + workspace.name();
    }

    @PostMapping("/routing/dry-run")
    String dryRun(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam Map<String, String> form, Model model) {
        page(workspace, model);
        model.addAttribute("draft", form);
        try {
            model.addAttribute("dryRun", routing.dryRun(rule(workspace.name(), form)));
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "inbox/routing";
    }

    @PostMapping("/routing/rules/delete")
    String delete(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam(defaultValue = "0") long id) {
        routing.delete(workspace.name(), id);
        return "redirect:/routing?workspace=" + workspace.name();
    }

    @PostMapping("/routing/targets")
    String targets(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        try {
            Map<Priority, ResponseTargets.Target> targets = new EnumMap<>(Priority.class);
            for (Priority p : Priority.values()) {
                String first = form.getOrDefault("first-" + p.label(), "").strip();
                String resolution = form.getOrDefault("resolution-" + p.label(), "").strip();
                if (!first.isEmpty() || !resolution.isEmpty()) {
                    targets.put(p, new ResponseTargets.Target(minutes(first), minutes(resolution)));
                }
            }
            inbox.targets().save(workspace.name(), new ResponseTargets.Settings(form.getOrDefault("hours", ResponseTargets.DEFAULT_HOURS),
                    HoursSpec.holidays(list(form.get("holidays"))), targets));
            flash.addFlashAttribute("targetsSaved", true);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/routing?workspace=" + workspace.name();
    }

    private static int minutes(String hours) {
        try {
            return (int) Math.round(Double.parseDouble(hours.replace(',', '.')) * 60);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a target is a number of working hours, not '" + hours + "'");
        }
    }

    static RoutingRule rule(String workspace, Map<String, String> form) {
        RoutingRule.Conditions when = new RoutingRule.Conditions(list(form.get("topic")), list(form.get("intent")),
                list(form.get("sentiment")), list(form.get("language")), list(form.get("network")), form.get("query"),
                list(form.get("author_level")), list(form.get("when_tags")), list(form.get("contact_tags")));
        RoutingRule.Actions then = new RoutingRule.Actions(form.get("team"), form.get("assign"), form.get("priority"),
                list(form.get("tags")), form.containsKey("spam"), form.containsKey("resolve"));
        return new RoutingRule(0, workspace, 0, form.get("name"), true, when, then, form.containsKey("continue"));
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.strip().split("[,\\s]+"));
    }
}
