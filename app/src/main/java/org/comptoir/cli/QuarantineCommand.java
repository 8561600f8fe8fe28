package org.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code quarantine list}: records imports could not read, with the reason. */
@Command(name = "quarantine", description = "Records that imports could not read.",
        subcommands = QuarantineCommand.ListRecords.class)
final class QuarantineCommand {
    @ParentCommand
    ComptoirCommand root;

    @Command(name = "list", description = "List quarantined records, newest first: source, line, offset, reason, raw bytes.")
    static final class ListRecords implements Callable<Integer> {
        @ParentCommand
        QuarantineCommand quarantine;

        @Option(names = "--limit", defaultValue = "100")
        int limit;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = quarantine.root.backend()) {
                var rows = backend.listQuarantine(quarantine.root.workspace, limit);
                for (CliBackend.QuarantineRow row : rows) {
                    System.out.printf("%s:%d (byte %d): %s%n    %s%n", row.source(), row.line(), row.offset(), row.reason(), row.rawPreview());
                }
                System.out.println(rows.size() + " quarantined record(s)");
            }
            return 0;
        }
    }
}
