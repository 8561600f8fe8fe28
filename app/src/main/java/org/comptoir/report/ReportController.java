package org.comptoir.report;

import java.time.DayOfWeek;
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

/**
 * {@code /reports}: the PDF downloads of the day, week and month, the workspace's report schedule (managers set and remove it:
 * period, day, local time, language, recipients among the email notifiers) with its next due instant, and every send.
 */
@Controller
class ReportController {
    private final ReportSchedules schedules;

    ReportController(ReportSchedules schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/reports")
    String index(WorkspaceRef workspace, Model model) {
        String ws = workspace.name();
        boolean manager = workspace.allows(Role.MANAGER);
        model.addAttribute("workspace", ws);
        model.addAttribute("canEdit", manager);
        model.addAttribute("schedule", schedules.find(ws).orElse(null));
        model.addAttribute("nextDue", schedules.nextDue(ws).orElse(null));
        model.addAttribute("sends", schedules.sends(ws, 50));
        model.addAttribute("periods", List.of(Period.values()));
        model.addAttribute("days", List.of(DayOfWeek.values()));
        model.addAttribute("emails", manager ? schedules.emailNotifiers(ws) : List.of());
        return "reports/index";
    }

    @PostMapping("/reports/schedule")
    String save(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam String period,
                @RequestParam(name = "day_of_week", defaultValue = "monday") String dayOfWeek,
                @RequestParam(name = "day_of_month", defaultValue = "1") int dayOfMonth, @RequestParam(defaultValue = "08:00") String time,
                @RequestParam(defaultValue = "fr") String language, @RequestParam(defaultValue = "") List<String> recipients,
                @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes flash) {
        try {
            schedules.save(new ReportSchedule(workspace.name(), Period.fromLabel(period), ReportSchedule.dayOfWeek(dayOfWeek), dayOfMonth,
                    ReportSchedule.time(time), ReportSchedule.language(language), recipients, enabled));
            flash.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reports?workspace=" + workspace.name();
    }

    @PostMapping("/reports/schedule/delete")
    String delete(@Needs(Role.MANAGER) WorkspaceRef workspace) {
        schedules.delete(workspace.name());
        return "redirect:/reports?workspace=" + workspace.name();
    }
}
