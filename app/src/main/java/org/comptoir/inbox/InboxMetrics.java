package org.comptoir.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Response-time figures of the conversations opened in a period (spam left out), for the workspace and per team:
 * the median first response time in working minutes (the team's hours, or the workspace's), and the share of
 * conversations answered and resolved within their priority's target (among those whose outcome is known: answered,
 * resolved, or past the deadline).
 */
final class InboxMetrics {
    private InboxMetrics() {
    }

    static Map<String, Object> compute(List<Conversation> opened, ResponseTargets.Calculator calc, Instant from, Instant to, Instant now) {
        Map<String, List<Conversation>> byTeam = new TreeMap<>();
        List<Conversation> counted = opened.stream().filter(c -> !c.tags().contains(Routing.SPAM)).toList();
        counted.forEach(c -> byTeam.computeIfAbsent(c.team() == null ? "" : c.team(), k -> new ArrayList<>()).add(c));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("from", from.toString());
        view.put("to", to.toString());
        view.putAll(figures(counted, calc, now));
        List<Map<String, Object>> teams = new ArrayList<>();
        byTeam.forEach((team, list) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("team", team.isEmpty() ? null : team);
            row.putAll(figures(list, calc, now));
            teams.add(row);
        });
        view.put("teams", teams);
        return view;
    }

    static Map<String, Object> figures(List<Conversation> list, ResponseTargets.Calculator calc, Instant now) {
        List<Long> minutes = new ArrayList<>();
        int firstKnown = 0;
        int firstWithin = 0;
        int resolvedKnown = 0;
        int resolvedWithin = 0;
        for (Conversation c : list) {
            if (c.firstResponseAt() != null) {
                minutes.add(calc.hours(c.team()).between(c.openedAt(), c.firstResponseAt()).toMinutes());
            }
            Deadline d = calc.deadline(c);
            if (d.state() == Deadline.State.NONE) {
                continue;
            }
            if (c.firstResponseAt() != null || now.isAfter(d.firstResponseDue())) {
                firstKnown++;
                firstWithin += c.firstResponseAt() != null && !c.firstResponseAt().isAfter(d.firstResponseDue()) ? 1 : 0;
            }
            if (c.resolvedAt() != null || now.isAfter(d.resolutionDue())) {
                resolvedKnown++;
                resolvedWithin += c.resolvedAt() != null && !c.resolvedAt().isAfter(d.resolutionDue()) ? 1 : 0;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("conversations", list.size());
        out.put("answered", minutes.size());
        out.put("median_first_response_minutes", median(minutes));
        out.put("first_response_within_target", share(firstWithin, firstKnown));
        out.put("first_response_decided", firstKnown);
        out.put("resolution_within_target", share(resolvedWithin, resolvedKnown));
        out.put("resolution_decided", resolvedKnown);
        return out;
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }

}
