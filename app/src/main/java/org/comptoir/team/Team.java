package org.comptoir.team;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A department conversations are routed to, its members (user names) and when it works ({@code hours} in the
 * written form of {@link HoursSpec}, in {@code zone}, minus {@code holidays}).
 */
public record Team(String workspace, String name, String label, ZoneId zone, String hours, List<LocalDate> holidays,
                   List<String> members) {
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public Team {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a team is a short lower-case name (letters, digits, - and _), not '" + name + "'");
        }
        label = label == null || label.isBlank() ? name : label.strip();
        if (label.length() > 200) {
            throw new IllegalArgumentException("a team's label has at most 200 characters");
        }
        hours = HoursSpec.format(HoursSpec.parse(hours));
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        members = members == null ? List.of() : members.stream().map(String::strip).filter(m -> !m.isEmpty()).distinct().sorted().toList();
    }

    /** When the team works. */
    public BusinessHours businessHours() {
        return new BusinessHours(zone, HoursSpec.parse(hours), new HashSet<>(holidays));
    }
}
