package org.comptoir.inbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** Routing rules and dry-runs as the API and the command line write and read them. */
public final class RoutingJson {
    private RoutingJson() {
    }

    /** Body of POST, PUT and the dry-run: {@code when} (conditions), {@code then} (actions), {@code continue}. */
    public record Request(String name, Integer position, Boolean enabled, RoutingRule.Conditions when, RoutingRule.Actions then,
                          @com.fasterxml.jackson.annotation.JsonProperty("continue") Boolean continues) {
        public RoutingRule rule(long id, String workspace) {
            return new RoutingRule(id, workspace, position == null ? 0 : position, name, enabled == null || enabled, when, then,
                    Boolean.TRUE.equals(continues));
        }
    }

    public static Map<String, Object> view(RoutingRule r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", r.id());
        view.put("position", r.position());
        view.put("name", r.name());
        view.put("enabled", r.enabled());
        view.put("when", r.when());
        view.put("then", r.then());
        view.put("continue", r.continues());
        return view;
    }

    public static Map<String, Object> dryRunView(Routing.DryRun run) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("scanned", run.scanned());
        view.put("matched", run.matched());
        view.put("conversations", run.conversations().stream().map(hit -> {
            Map<String, Object> c = InboxViews.conversation(hit.conversation());
            c.put("would", hit.would());
            return c;
        }).toList());
        return view;
    }
}
