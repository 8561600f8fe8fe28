package org.comptoir.team;

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

/** The teams page: every team with its hours and members; managers create, change and delete them. */
@Controller
class TeamController {
    private final Teams teams;

    TeamController(Teams teams) {
        this.teams = teams;
    }

    @GetMapping("/teams")
    String page(WorkspaceRef workspace, Model model) {
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("teams", teams.list(workspace.name()));
        model.addAttribute("canEdit", workspace.allows(Role.MANAGER));
        return "inbox/teams";
    }

    @PostMapping("/teams")
    String save(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam(defaultValue = "") String name,
                @RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String zone,
                @RequestParam(defaultValue = "") String hours, @RequestParam(defaultValue = "") String holidays,
                @RequestParam(defaultValue = "") String members, RedirectAttributes flash) {
        try {
            teams.save(new Team(workspace.name(), name.strip(), label, TeamJson.zone(zone), hours,
                    HoursSpec.holidays(Arrays.asList(holidays.split("[,\\s]+"))), Arrays.asList(members.split("[,\\s]+"))));
            flash.addFlashAttribute("saved", name.strip());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/teams?workspace=" + workspace.name();
    }

    @PostMapping("/teams/delete")
    String delete(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam(defaultValue = "") String name) {
        teams.delete(workspace.name(), name);
        return "redirect:/teams?workspace=" + workspace.name();
    }
}
