package org.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code workspace create NAME [--label L] · workspace list}. */
@Command(name = "workspace", description = "Create and list workspaces (a workspace is never created by reading it).",
        subcommands = {WorkspaceCommand.Create.class, WorkspaceCommand.ListWorkspaces.class})
final class WorkspaceCommand {
    @ParentCommand
    ComptoirCommand root;

    @Command(name = "create", description = "Create a workspace (lower-case letters, digits, _ and -).")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        WorkspaceCommand workspace;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--label", description = "The name people see (default: NAME).")
        String label;

        @Option(names = "--tz", description = "The IANA time zone its days are counted in (default: Europe/Paris).")
        String zone;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = workspace.root.backend()) {
                CliBackend.WorkspaceRow row = backend.createWorkspace(name, label, zone);
                System.out.println("workspace '" + row.name() + "' created");
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the workspaces you may see, with your role.")
    static final class ListWorkspaces implements Callable<Integer> {
        @ParentCommand
        WorkspaceCommand workspace;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = workspace.root.backend()) {
                for (CliBackend.WorkspaceRow row : backend.listWorkspaces()) {
                    System.out.printf("%-24s %-8s %s%n", row.name(), row.role() == null ? "-" : row.role(), row.label());
                }
            }
            return 0;
        }
    }
}
