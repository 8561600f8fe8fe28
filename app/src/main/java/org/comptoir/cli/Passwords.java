package org.comptoir.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a new password: asked twice, unechoed, on a terminal; otherwise the first line of standard input
 * (as {@code docker login --password-stdin}), so scripts never put a password on the command line.
 */
final class Passwords {
    private Passwords() {
    }

    static String read(String user) throws CliException {
        Console console = System.console();
        if (console == null) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new CliException("no password on standard input (give it as the first line)", CliErrors.BAD_INPUT);
                }
                return line;
            } catch (IOException e) {
                throw new CliException("cannot read the password from standard input: " + e.getMessage());
            }
        }
        char[] first = console.readPassword("New password for %s: ", user);
        char[] second = console.readPassword("Again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new CliException("the two passwords differ", CliErrors.BAD_INPUT);
        }
        return new String(first);
    }
}
