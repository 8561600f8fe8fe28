package org.comptoir.alert;

import java.util.List;
import org.comptoir.account.Role;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /alerts}: the workspace's alerts (newest first), its objectives and their progress, its rules (managers add
 * and delete them), its notifiers and every delivery attempt; {@code /alerts/{id}}: one alert with its explanation. Post text and author names
 * are untrusted: the templates only ever print them as text.
 */
@Controller
class AlertController {
    private final Alerts alerts;
    private final Objectives objectives;

    AlertController(Alerts alerts, Objectives objectives) {
        this.alerts = alerts;
        this.objectives = objectives;
    }

    @GetMapping("/alerts")
    String index(WorkspaceRef workspace, Model model, java.util.Locale locale) {
        String ws = workspace.name();
        boolean manager = workspace.allows(Role.MANAGER);
        List<Alert> shown = alerts.alerts(ws, 200);
        List<AlertRule> rules = alerts.rules(ws);
        model.addAttribute("workspace", ws);
        model.addAttribute("alerts", shown);
        model.addAttribute("summaries", summaries(shown, rules, locale));
        model.addAttribute("rules", rules);
        model.addAttribute("canEdit", manager);
        model.addAttribute("notifiers", manager ? alerts.notifiers(ws) : List.of());
        model.addAttribute("attempts", alerts.attempts(ws, 50));
        model.addAttribute("kinds", List.of(AlertKind.values()));
        try {
            model.addAttribute("objectives", objectives.progress(ws));
        } catch (QuerySyntaxException e) {
            model.addAttribute("objectives", List.of());
        }
        model.addAttribute("defaults", new AlertRule(0, ws, "defaults", AlertKind.VOLUME_SPIKE, null, "*", AlertRule.DEFAULT_SENSITIVITY,
                AlertRule.DEFAULT_MIN_VOLUME, AlertRule.DEFAULT_COOLDOWN_HOURS, List.of(), true));
        return "alerts/index";
    }

    /** The objectives panel the dashboard loads: each objective's progress, trend and whether it is on track. */
    @GetMapping("/alerts/objectives")
    String objectivesPanel(WorkspaceRef workspace, Model model) {
        model.addAttribute("workspace", workspace.name());
        try {
            model.addAttribute("objectives", objectives.progress(workspace.name()));
        } catch (QuerySyntaxException e) {
            model.addAttribute("objectives", List.of());
        }
        return "alerts/objectives :: panel";
    }

    @GetMapping("/alerts/{id:\\d+}")
    String alert(WorkspaceRef workspace, @PathVariable long id, Model model, java.util.Locale locale) {
        Alert alert = alerts.alert(workspace.name(), id).orElseThrow(() -> new org.comptoir.web.ApiError.NotFound("no alert " + id));
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("alert", alert);
        model.addAttribute("summary", summaries(List.of(alert), alerts.rules(workspace.name()), locale).get(alert.id()));
        model.addAttribute("why", alert.explanation());
        return "alerts/alert";
    }

    /** Each alert's summary in the reader's language (the rule's topic read again; the stored summary when the rule is gone). */
    private static java.util.Map<Long, String> summaries(List<Alert> shown, List<AlertRule> rules, java.util.Locale locale) {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        for (Alert a : shown) {
            out.put(a.id(), rules.stream().filter(r -> r.id() == a.ruleId()).findFirst()
                    .map(r -> AlertSummary.of(a, r.topic(), locale)).orElse(a.summary()));
        }
        return out;
    }

    @PostMapping("/alerts/rules")
    String create(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam String name, @RequestParam String kind,
                  @RequestParam(required = false) String topic, @RequestParam(required = false) String query,
                  @RequestParam(defaultValue = "" + AlertRule.DEFAULT_SENSITIVITY) double sensitivity,
                  @RequestParam(name = "min_volume", defaultValue = "" + AlertRule.DEFAULT_MIN_VOLUME) int minVolume,
                  @RequestParam(name = "cooldown_hours", defaultValue = "" + AlertRule.DEFAULT_COOLDOWN_HOURS) int cooldownHours,
                  @RequestParam(defaultValue = "") String recipients, RedirectAttributes flash) {
        try {
            alerts.create(new AlertRule(0, workspace.name(), name, AlertKind.fromLabel(kind), topic, query, sensitivity, minVolume,
                    cooldownHours, List.of(recipients.split("[,\\s]+")), true));
            flash.addFlashAttribute("saved", name);
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/alerts?workspace=" + workspace.name();
    }

    @PostMapping("/alerts/rules/delete")
    String delete(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam long id) {
        alerts.delete(workspace.name(), id);
        return "redirect:/alerts?workspace=" + workspace.name();
    }
}
