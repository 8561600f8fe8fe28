package org.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gdpr erase --author NETWORK:HANDLE}: erases an author everywhere the workspace keeps them (posts, conversations,
 * replies, contacts, employees, quarantine), the same as {@code POST /api/v1/gdpr/erase} (through the running server
 * when there is one). The audit log records that an erasure happened, never the handle.
 */
@Command(name = "gdpr", description = "GDPR requests: erase an author everywhere.", subcommands = GdprCommand.Erase.class)
final class GdprCommand {
    @ParentCommand
    ComptoirCommand root;

    @Command(name = "erase", description = "Erase an author (NETWORK:HANDLE) from the workspace: posts, conversations, contacts, quarantine.")
    static final class Erase implements Callable<Integer> {
        @ParentCommand GdprCommand gdpr;
        @Option(names = "--author", required = true, paramLabel = "NETWORK:HANDLE", description = "Such as mastodon:alice@example.social.")
        String author;
        @Option(names = "--json", description = "Print the API's JSON.") boolean json;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = gdpr.root.backend()) {
                InboxCommand.print(backend.gdprErase(gdpr.root.workspace, author), json, r -> System.out.printf(
                        "erased %d post(s) and %d other record(s)%n", r.path("posts").asLong(), r.path("rows").asLong()));
            }
            return 0;
        }
    }
}
