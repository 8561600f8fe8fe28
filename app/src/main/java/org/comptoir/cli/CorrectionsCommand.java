package org.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code corrections export --kind sentiment|intent}: users' corrections as training lines on stdout. */
@Command(name = "corrections", description = "Sentiment and intent corrections made by people.",
        subcommands = CorrectionsCommand.Export.class)
final class CorrectionsCommand {
    @ParentCommand
    ComptoirCommand root;

    @Command(name = "export", description = "Print corrections as training lines: sentiment → label<TAB>text<TAB>lang "
            + "(for train sentiment --corrections), intent → label<TAB>lang<TAB>text (for train intent --corrections).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        CorrectionsCommand corrections;

        @Option(names = "--kind", defaultValue = "sentiment", description = "sentiment or intent (default: ${DEFAULT-VALUE}).")
        String kind;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = corrections.root.backend()) {
                backend.exportCorrections(corrections.root.workspace, kind).forEach(System.out::println);
            }
            return 0;
        }
    }
}
