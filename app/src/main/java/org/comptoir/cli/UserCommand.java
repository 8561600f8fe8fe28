package org.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code user add NAME [--admin] · user list · user passwd NAME · user rm NAME · user grant USER WORKSPACE ROLE}. */
@Command(name = "user", description = "Manage users and their roles (offline, or through the running server).",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class,
                UserCommand.Remove.class, UserCommand.Grant.class})
final class UserCommand {
    @ParentCommand
    ComptoirCommand root;

    @Command(name = "add", description = "Create a user; the password is asked on a terminal, else read from standard input.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--admin", description = "A global administrator: every workspace, users, roles.")
        boolean admin;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = user.root.backend()) {
                backend.addUser(name, Passwords.read(name), admin);
                System.out.println("user '" + name + "' created" + (admin ? " (global administrator)" : ""));
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List users, whether each is a global administrator, and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = user.root.backend()) {
                for (CliBackend.UserRow row : backend.listUsers()) {
                    StringBuilder roles = new StringBuilder();
                    row.roles().forEach((ws, role) -> roles.append(roles.length() == 0 ? "" : ", ").append(ws).append('=').append(role));
                    System.out.printf("%-24s %-6s %s%n", row.name(), row.admin() ? "admin" : "-", roles);
                }
            }
            return 0;
        }
    }

    @Command(name = "passwd", description = "Change a user's password (asked on a terminal, else read from standard input).")
    static final class Passwd implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = user.root.backend()) {
                backend.changePassword(name, Passwords.read(name));
                System.out.println("password of '" + name + "' changed");
            }
            return 0;
        }
    }

    @Command(name = "rm", description = "Delete a user with their roles and tokens.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = user.root.backend()) {
                backend.removeUser(name);
                System.out.println("user '" + name + "' deleted");
            }
            return 0;
        }
    }

    @Command(name = "grant", description = "Give USER the ROLE (admin, manager, agent, viewer; none revokes) in WORKSPACE.")
    static final class Grant implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Parameters(index = "0", paramLabel = "USER")
        String name;

        @Parameters(index = "1", paramLabel = "WORKSPACE")
        String workspace;

        @Parameters(index = "2", paramLabel = "ROLE")
        String role;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = user.root.backend()) {
                backend.grant(name, workspace, role);
                System.out.println("none".equalsIgnoreCase(role) ? "'" + name + "' has no role in '" + workspace + "' any more"
                        : "'" + name + "' is " + role.toLowerCase(java.util.Locale.ROOT) + " in '" + workspace + "'");
            }
            return 0;
        }
    }
}
