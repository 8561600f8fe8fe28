package org.comptoir.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code team list|add|rm|member add|member rm}: the workspace's teams from the command line, the same as
 * {@code /api/v1/teams} (through the running server when there is one; changing needs the manager role).
 */
@Command(name = "team", description = "Teams (departments) the inbox routes to: list, add, remove, add or remove members.",
        subcommands = {TeamCommand.ListTeams.class, TeamCommand.Add.class, TeamCommand.Remove.class, TeamCommand.Member.class})
final class TeamCommand {
    @ParentCommand
    ComptoirCommand root;

    @Command(name = "list", description = "List the teams, their hours and members.")
    static final class ListTeams implements Callable<Integer> {
        @ParentCommand TeamCommand team;
        @Option(names = "--json", description = "Print the API's JSON.") boolean json;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = team.root.backend()) {
                InboxCommand.print(backend.teams(team.root.workspace), json, page -> {
                    System.out.println(page.path("teams").size() + " teams");
                    for (JsonNode t : page.path("teams")) {
                        System.out.println(line(t));
                    }
                });
            }
            return 0;
        }
    }

    static String line(JsonNode t) {
        List<String> members = new ArrayList<>();
        t.path("members").forEach(m -> members.add(m.asString()));
        return String.format("%-16s %-24s %-14s %-30s %s", t.path("name").asString(), InboxCommand.oneLine(t.path("label").asString(), 24),
                t.path("zone").asString(), t.path("hours").asString(), members.isEmpty() ? "(no member)" : String.join(", ", members));
    }

    @Command(name = "add", description = "Add a team (or change it with --replace).")
    static final class Add implements Callable<Integer> {
        @ParentCommand TeamCommand team;
        @Parameters(index = "0", paramLabel = "NAME", description = "Short lower-case name (support, sales…).") String name;
        @Option(names = "--label", description = "What the pages show (default: the name).") String label;
        @Option(names = "--zone", description = "IANA time zone (default: Europe/Paris).") String zone;
        @Option(names = "--hours", defaultValue = "mon-fri 09:00-18:00",
                description = "Weekly hours, e.g. 'mon-fri 09:00-12:30 13:30-18:00; sat 10:00-12:00' (default: ${DEFAULT-VALUE}).")
        String hours;
        @Option(names = "--holiday", paramLabel = "DATE", description = "A day off (ISO date); repeatable.") List<String> holidays;
        @Option(names = "--member", paramLabel = "USER", description = "A member (an agent of the workspace); repeatable.") List<String> members;
        @Option(names = "--replace", description = "Change the team if it exists.") boolean replace;

        @Override
        public Integer call() throws CliException {
            ObjectNode body = InboxCommand.JSON.createObjectNode();
            body.put("name", name);
            body.put("label", label);
            body.put("zone", zone);
            body.put("hours", hours);
            body.set("holidays", array(holidays));
            body.set("members", array(members));
            try (CliBackend backend = team.root.backend()) {
                JsonNode saved = InboxCommand.JSON.readTree(backend.saveTeam(team.root.workspace, name, body, !replace));
                System.out.println((replace ? "team saved: " : "team added: ") + line(saved));
            }
            return 0;
        }
    }

    static ArrayNode array(List<String> values) {
        ArrayNode array = InboxCommand.JSON.createArrayNode();
        if (values != null) {
            values.forEach(array::add);
        }
        return array;
    }

    @Command(name = "rm", description = "Remove a team (its conversations keep the name).")
    static final class Remove implements Callable<Integer> {
        @ParentCommand TeamCommand team;
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = team.root.backend()) {
                if (!backend.removeTeam(team.root.workspace, name)) {
                    throw new CliException("no team '" + name + "' in workspace '" + team.root.workspace + "'", CliErrors.BAD_INPUT);
                }
                System.out.println("team '" + name + "' removed");
            }
            return 0;
        }
    }

    @Command(name = "member", description = "Add or remove members of a team.",
            subcommands = {TeamCommand.MemberAdd.class, TeamCommand.MemberRemove.class})
    static final class Member {
        @ParentCommand TeamCommand team;
    }

    /** Reads the team, changes its members, saves it whole (PUT). */
    static int changeMembers(TeamCommand team, String name, List<String> users, boolean add) throws CliException {
        try (CliBackend backend = team.root.backend()) {
            ObjectNode current = (ObjectNode) InboxCommand.JSON.readTree(backend.team(team.root.workspace, name));
            List<String> members = new ArrayList<>();
            current.path("members").forEach(m -> members.add(m.asString()));
            for (String user : users) {
                if (add && !members.contains(user)) {
                    members.add(user);
                } else if (!add && !members.remove(user)) {
                    throw new CliException("'" + user + "' is not a member of team '" + name + "'", CliErrors.BAD_INPUT);
                }
            }
            current.set("members", array(members));
            JsonNode saved = InboxCommand.JSON.readTree(backend.saveTeam(team.root.workspace, name, current, false));
            System.out.println("team saved: " + line(saved));
        }
        return 0;
    }

    @Command(name = "add", description = "Add members (agents of the workspace) to a team.")
    static final class MemberAdd implements Callable<Integer> {
        @ParentCommand Member member;
        @Parameters(index = "0", paramLabel = "TEAM") String name;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "USER") List<String> users;

        @Override
        public Integer call() throws CliException {
            return changeMembers(member.team, name, users, true);
        }
    }

    @Command(name = "rm", description = "Remove members from a team.")
    static final class MemberRemove implements Callable<Integer> {
        @ParentCommand Member member;
        @Parameters(index = "0", paramLabel = "TEAM") String name;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "USER") List<String> users;

        @Override
        public Integer call() throws CliException {
            return changeMembers(member.team, name, users, false);
        }
    }
}
