package org.comptoir.cli;

import picocli.CommandLine;

/** Entry point of the {@code comptoir} command (and of the executable jar). */
public final class ComptoirMain {
    private ComptoirMain() {
    }

    public static void main(String[] args) {
        int code = run(args);
        if (code != 0 || !ComptoirCommand.keepsRunning(args)) {
            System.exit(code);
        }
    }

    /** Runs a command line and returns its exit code (used by tests). */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new ComptoirCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof CliException cli) {
                line.getErr().println("error: " + cli.getMessage());
                return cli.exitCode();
            }
            line.getErr().println("error: " + exception);
            exception.printStackTrace(line.getErr());
            return 1;
        });
        return commandLine.execute(args);
    }
}
