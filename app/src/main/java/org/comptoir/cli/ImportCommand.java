package org.comptoir.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.comptoir.ingest.ImportFormat;
import org.comptoir.ingest.ImportOptions;
import org.comptoir.ingest.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import [--format F] [--map col=field]… [--network N] [--progress] FILE…}. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import posts from files (jsonl, csv, xlsx, x, mastodon, bluesky, rss/atom); "
        + "format detected unless --format is given. Re-importing adds nothing. See docs/import-formats.md.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    ComptoirCommand root;

    @Option(names = "--format", paramLabel = "NAME", description = "jsonl, csv, xlsx, x (aliases x-v2, twitter), mastodon, "
            + "bluesky (alias jetstream), rss, atom (rss and atom both read RSS and Atom feeds).")
    String format;

    @Option(names = "--network", paramLabel = "NAME", description = "CSV/XLSX: the network of a file that has no network "
            + "column (or of rows whose network cell is empty), e.g. --network x.")
    String network;

    @Option(names = "--map", description = "CSV column mapping col=field, e.g. --map Message=text (repeatable).")
    List<String> maps = List.of();

    @Option(names = "--progress", description = "Print a line on stderr after each durable commit (also through a running server).")
    boolean progress;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() throws CliException {
        ImportFormat chosen = parseFormat();
        Map<String, String> columnMap = parseMaps();
        ImportSummary total = new ImportSummary(0, 0, 0);
        try (CliBackend backend = root.backend()) {
            for (Path file : files) {
                ImportSummary before = total;
                ImportSummary summary = backend.importFile(root.workspace, file, chosen, columnMap, network,
                        progress ? p -> System.err.println("committed: " + add(before, p).line()) : null);
                total = add(total, summary);
            }
        }
        System.out.println(total.line());
        return 0;
    }

    private static ImportSummary add(ImportSummary a, ImportSummary b) {
        return new ImportSummary(a.imported() + b.imported(), a.duplicates() + b.duplicates(), a.quarantined() + b.quarantined());
    }

    private ImportFormat parseFormat() throws CliException {
        if (format == null) {
            return null;
        }
        try {
            return ImportFormat.fromCliName(format);
        } catch (IllegalArgumentException e) {
            throw new CliException("unknown format '" + format + "'; accepted: " + ImportFormat.accepted(), CliErrors.BAD_INPUT);
        }
    }

    private Map<String, String> parseMaps() throws CliException {
        try {
            return ImportOptions.fromMappings(maps).columnMap();
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CliErrors.BAD_INPUT);
        }
    }
}
