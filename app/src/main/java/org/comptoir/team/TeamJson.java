package org.comptoir.team;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.workspace.Workspace;

/** A team as the API and the command line write and read it (the same JSON through the server or on the data directory). */
public final class TeamJson {
    private TeamJson() {
    }

    /** Body of POST and PUT; {@code hours} like {@code "mon-fri 09:00-18:00"}, {@code zone} an IANA name (default Europe/Paris). */
    public record Request(String name, String label, String zone, String hours, List<String> holidays, List<String> members) {
        public Team team(String workspace, String asName) {
            return new Team(workspace, asName, label, TeamJson.zone(zone), hours, HoursSpec.holidays(holidays), members);
        }
    }

    public static ZoneId zone(String zone) {
        try {
            return zone == null || zone.isBlank() ? Workspace.DEFAULT_ZONE : ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + zone + "' (use an IANA name such as Europe/Paris)");
        }
    }

    public static Map<String, Object> view(Team t) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", t.name());
        view.put("label", t.label());
        view.put("zone", t.zone().getId());
        view.put("hours", t.hours());
        view.put("holidays", t.holidays().stream().map(Object::toString).toList());
        view.put("members", t.members());
        return view;
    }
}
