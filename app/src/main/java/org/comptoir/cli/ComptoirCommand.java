package org.comptoir.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import org.comptoir.Comptoir;
import org.comptoir.web.ServerFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code comptoir [--data DIR] [--workspace W] <command>}. */
@Command(name = "comptoir", mixinStandardHelpOptions = true, version = "Comptoir 0.1.0",
        description = "Self-hosted social listening: import posts, match topics, search, serve the web app.",
        subcommands = {ServeCommand.class, ImportCommand.class, SearchCommand.class, TopicCommand.class,
                QuarantineCommand.class, AnalyzeCommand.class, CorrectionsCommand.class, TrainCommand.class, EvalCommand.class,
                BenchCommand.class, AnalyticsCommand.class, ReportCommand.class, ReportScheduleCommand.class, ExportCommand.class, WorkspaceCommand.class, UserCommand.class,
                TokenCommand.class, AuditCommand.class, SourceCommand.class, InboxCommand.class, TeamCommand.class, RoutingCommand.class,
                AlertsCommand.class, GdprCommand.class})
public final class ComptoirCommand {

    @Option(names = "--data", defaultValue = "./data", scope = ScopeType.INHERIT,
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--workspace", defaultValue = "default", scope = ScopeType.INHERIT,
            description = "Workspace (default: ${DEFAULT-VALUE}; the demo workspace is 'demo').")
    String workspace;

    @Option(names = "--server", scope = ScopeType.INHERIT, defaultValue = "${env:COMPTOIR_SERVER}",
            description = "A remote Comptoir server (https://…); authenticates with the personal token in COMPTOIR_TOKEN.")
    String server;

    static boolean keepsRunning(String[] args) {
        return Arrays.asList(args).contains("serve");
    }

    /** The server running on the data directory if there is one, else the data directory itself. */
    CliBackend backend() throws CliException {
        if (server != null && !server.isBlank()) {
            String token = System.getenv("COMPTOIR_TOKEN");
            if (token == null || token.isBlank()) {
                throw new CliException("--server needs a personal token in the environment variable COMPTOIR_TOKEN "
                        + "(create one on the server's settings page or with: comptoir token create --user NAME)");
            }
            return new RemoteBackend(URI.create(server.endsWith("/") ? server : server + "/"), token.strip());
        }
        return ServerFile.runningServer(data)
                .<CliBackend>map(running -> new RemoteBackend(running.base(), running.credential()))
                .orElseGet(() -> new LocalBackend(Comptoir.open(data, org.comptoir.enrich.Enricher.standard(), java.time.Clock.systemUTC())));
    }
}
