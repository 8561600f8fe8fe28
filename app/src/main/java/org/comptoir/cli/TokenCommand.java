package org.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code token create --user U [--name N] [--expires DAYS] · token list --user U · token revoke --user U ID}. */
@Command(name = "token", description = "Personal API tokens (Authorization: Bearer …).",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand {
    @ParentCommand
    ComptoirCommand root;

    @Command(name = "create", description = "Create a token for a user; it is printed once, as the last line, and kept only hashed.")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        TokenCommand token;

        @Option(names = "--user", required = true, description = "The token's owner: it acts with their roles.")
        String user;

        @Option(names = "--name", description = "What the token is for (default: token).")
        String name;

        @Option(names = "--expires", description = "Days until it expires (default: never).")
        Integer expires;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = token.root.backend()) {
                CliBackend.TokenRow row = backend.createToken(user, name, expires);
                System.out.println("token " + row.id() + " for '" + user + "' ("
                        + (row.expiresAt() == null ? "never expires" : "expires " + row.expiresAt())
                        + "); copy it now, it is not shown again:");
                System.out.println(row.value());
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List a user's tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {
        @ParentCommand
        TokenCommand token;

        @Option(names = "--user", required = true)
        String user;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = token.root.backend()) {
                for (CliBackend.TokenRow row : backend.listTokens(user)) {
                    String state = row.revokedAt() != null ? "revoked " + row.revokedAt()
                            : row.expiresAt() != null ? "expires " + row.expiresAt() : "active";
                    System.out.printf("%s  %-24s created %s  %s  last used %s%n", row.id(), row.name(), row.createdAt(), state,
                            row.lastUsedAt() == null ? "never" : row.lastUsedAt());
                }
            }
            return 0;
        }
    }

    @Command(name = "revoke", description = "Revoke one of a user's tokens at once.")
    static final class Revoke implements Callable<Integer> {
        @ParentCommand
        TokenCommand token;

        @Option(names = "--user", required = true)
        String user;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = token.root.backend()) {
                backend.revokeToken(user, id);
                System.out.println("token " + id + " revoked");
            }
            return 0;
        }
    }
}
