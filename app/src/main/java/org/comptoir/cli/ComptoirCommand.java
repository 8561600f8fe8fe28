package org.comptoir.cli;

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
                BenchCommand.class})
public final class ComptoirCommand {

    @Option(names = "--data", defaultValue = "./data", scope = ScopeType.INHERIT,
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--workspace", defaultValue = "default", scope = ScopeType.INHERIT,
            description = "Workspace (default: ${DEFAULT-VALUE}; the demo workspace is 'demo').")
    String workspace;

    static boolean keepsRunning(String[] args) {
        return Arrays.asList(args).contains("serve");
    }

    /** The server running on the data directory if there is one, else the data directory itself. */
    CliBackend backend() {
        return ServerFile.runningServer(data)
                .<CliBackend>map(RemoteBackend::new)
                .orElseGet(() -> new LocalBackend(Comptoir.open(data, org.comptoir.enrich.Enricher.standard(), java.time.Clock.systemUTC())));
    }
}
