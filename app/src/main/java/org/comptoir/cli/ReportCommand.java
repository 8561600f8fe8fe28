package org.comptoir.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code report --period day|week|month --out report.pdf [filters] [QUERY]}: the period's report (docs/reports.md) as a PDF,
 * the same as {@code GET /api/v1/reports/pdf}, offline or through a running server.
 */
@Command(name = "report", description = "Write the report of a day, week or month (figures against the previous period) as a PDF.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    ComptoirCommand root;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Only posts matching this query (the dialect).")
    List<String> query;

    @Option(names = "--period", defaultValue = "week", description = "day, week or month (default: ${DEFAULT-VALUE}).") String period;
    @Option(names = "--out", required = true, description = "The PDF file to write.") Path out;
    @Option(names = "--to", description = "The end of the period, a date or instant (default: now).") String to;
    @Option(names = "--topic") String topic;
    @Option(names = "--lang", description = "Only posts in this language.") String lang;
    @Option(names = "--network") String network;
    @Option(names = "--tz", description = "IANA time zone (default: the workspace's).") String tz;
    @Option(names = "--language", defaultValue = "fr", description = "The report's own language: fr or en (default: ${DEFAULT-VALUE}).")
    String language;

    @Override
    public Integer call() throws CliException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("period", period);
        put(params, "q", query == null ? null : String.join(" ", query));
        put(params, "to", to);
        put(params, "topic", topic);
        put(params, "lang", lang);
        put(params, "network", network);
        put(params, "tz", tz);
        try (CliBackend backend = root.backend()) {
            byte[] pdf = backend.reportPdf(root.workspace, params, language);
            Files.write(out, pdf);
            System.out.println("wrote " + out + " (" + pdf.length + " bytes)");
        } catch (IOException e) {
            throw new CliException("cannot write " + out + ": " + e.getMessage(), CliErrors.BAD_INPUT);
        }
        return 0;
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (value != null && !value.isBlank()) {
            params.put(key, value);
        }
    }
}
