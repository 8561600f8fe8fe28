package org.comptoir.cli;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.comptoir.search.PostSearch;
import org.comptoir.store.PostQuery;
import org.comptoir.web.TimeParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code search [--topic NAME] [--from ISO] [--to ISO] [--lang L] [--limit N] [--count] [--format jsonl|table] [QUERY]}. */
@Command(name = "search", description = "Search posts with the query dialect (no QUERY or * = all posts), newest first.")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    ComptoirCommand root;

    @Option(names = "--topic", description = "Only mentions of this topic.")
    String topic;

    @Option(names = "--from", description = "From this date or instant, inclusive (2026-03-01 or 2026-03-01T10:00:00Z).")
    String from;

    @Option(names = "--to", description = "Until this date or instant, exclusive.")
    String to;

    @Option(names = "--lang", description = "Only posts in this language (fr, en, ...).")
    String lang;

    @Option(names = "--limit", defaultValue = "20", description = "Maximum number of posts (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--count", description = "Print only the number of matching posts.")
    boolean count;

    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Parameters(arity = "0..*", paramLabel = "QUERY")
    List<String> query = List.of();

    @Override
    public Integer call() throws CliException {
        if (!format.equals("table") && !format.equals("jsonl")) {
            throw new CliException("unknown --format '" + format + "': use table or jsonl", CliErrors.BAD_INPUT);
        }
        if (limit < 1) {
            throw new CliException("--limit must be at least 1", CliErrors.BAD_INPUT);
        }
        Instant fromInstant = parseTime("--from", from);
        Instant toInstant = parseTime("--to", to);
        String text = String.join(" ", query);
        try (CliBackend backend = root.backend()) {
            PostSearch.Request request = new PostSearch.Request(text, topic, fromInstant, toInstant, lang,
                    Math.min(limit, PostQuery.MAX_LIMIT), null);
            if (count) {
                System.out.println(backend.count(root.workspace, request));
                return 0;
            }
            PostTable table = format.equals("table") ? new PostTable(System.out) : null;
            int printed = 0;
            while (true) {
                CliBackend.SearchResult page = backend.search(root.workspace, request);
                for (String line : page.jsonLines()) {
                    if (printed++ >= limit) {
                        break;
                    }
                    if (table != null) {
                        table.print(line);
                    } else {
                        System.out.println(line);
                    }
                }
                if (page.nextCursor() == null || printed >= limit) {
                    if (table != null) {
                        table.footer(page.total(), Math.min(printed, limit));
                    }
                    return 0;
                }
                request = new PostSearch.Request(text, topic, fromInstant, toInstant, lang,
                        Math.min(limit - printed, PostQuery.MAX_LIMIT), page.nextCursor());
            }
        }
    }

    static Instant parseTime(String option, String value) throws CliException {
        try {
            return TimeParams.parse(option, value);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CliErrors.BAD_INPUT);
        }
    }
}
