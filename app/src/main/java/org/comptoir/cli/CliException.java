package org.comptoir.cli;

/** A command failed in a way the user can act on; the message is printed as is and the exit code is non-zero. */
final class CliException extends Exception {
    private final int exitCode;

    CliException(String message) {
        this(message, 1);
    }

    CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
