package org.comptoir.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code export --format csv|jsonl [--topic T] [--from] [--to] [--lang] [--network] [QUERY]}: every matching post, streamed. */
@Command(name = "export", description = "Write every matching post to standard output (CSV or JSONL), in constant memory.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    ComptoirCommand root;

    @Parameters(arity = "0..*", paramLabel = "QUERY")
    List<String> query;

    @Option(names = "--format", defaultValue = "jsonl", description = "csv or jsonl (default: ${DEFAULT-VALUE}).") String format;
    @Option(names = "--topic") String topic;
    @Option(names = "--from") String from;
    @Option(names = "--to") String to;
    @Option(names = "--lang") String lang;
    @Option(names = "--network") String network;

    @Override
    public Integer call() throws CliException {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null && !query.isEmpty()) {
            params.put("q", String.join(" ", query));
        }
        putIfSet(params, "topic", topic);
        putIfSet(params, "from", from);
        putIfSet(params, "to", to);
        putIfSet(params, "lang", lang);
        putIfSet(params, "network", network);
        try (CliBackend backend = root.backend()) {
            backend.export(root.workspace, params, format, System.out);
        }
        System.out.flush();
        return 0;
    }

    private static void putIfSet(Map<String, String> params, String key, String value) {
        if (value != null && !value.isBlank()) {
            params.put(key, value);
        }
    }
}
