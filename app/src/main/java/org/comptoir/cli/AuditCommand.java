package org.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code audit [--all] [--limit N]}: the audit log as CSV, newest first. */
@Command(name = "audit", description = "Print the audit log (CSV, newest first) of the workspace, or all of it with --all.")
final class AuditCommand implements Callable<Integer> {
    @ParentCommand
    ComptoirCommand root;

    @Option(names = "--all", description = "Every row, sign-ins and user changes included (global administrators).")
    boolean all;

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws CliException {
        try (CliBackend backend = root.backend()) {
            System.out.print(backend.auditCsv(all ? null : root.workspace, limit));
        }
        return 0;
    }
}
