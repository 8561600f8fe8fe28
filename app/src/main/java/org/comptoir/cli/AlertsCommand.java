package org.comptoir.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code alerts replay [--from D] [--to D] [--no-explain]}: the workspace's history through its rules (or the
 * default rules), one JSON line per alert ({@code rule start peak end detected_at explanation});
 * {@code alerts rules}: the rules; {@code alerts list}: the alerts raised. Same as {@code GET /api/v1/alerts/…}.
 */
@Command(name = "alerts", description = "Alerts: replay the history through the rules, list rules or alerts (one JSON line each).")
final class AlertsCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParentCommand
    ComptoirCommand root;

    @Parameters(index = "0", paramLabel = "ACTION", description = "replay, rules or list")
    String action;

    @Option(names = "--from", description = "replay: from this date or instant (default: 180 days before --to).") String from;
    @Option(names = "--to", description = "replay: until this date or instant, exclusive (default: now).") String to;
    @Option(names = "--no-explain", negatable = false, description = "replay: leave out the explanations (faster).") boolean noExplain;

    @Override
    public Integer call() throws CliException {
        Map<String, String> params = new LinkedHashMap<>();
        String what = switch (action) {
            case "replay" -> "replay";
            case "rules" -> "rules";
            case "list" -> "";
            default -> throw new CliException("unknown action '" + action + "': use replay, rules or list", CliErrors.BAD_INPUT);
        };
        if (from != null) {
            params.put("from", from);
        }
        if (to != null) {
            params.put("to", to);
        }
        if (noExplain) {
            params.put("explain", "false");
        }
        try (CliBackend backend = root.backend()) {
            JsonNode answer = JSON.readTree(backend.alerts(root.workspace, what, params));
            JsonNode rows = answer.path(what.equals("rules") ? "rules" : "alerts");
            rows.forEach(row -> System.out.println(JSON.writeValueAsString(row)));
        }
        return 0;
    }
}
