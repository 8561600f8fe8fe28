package org.comptoir.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code routing list|add|rm|dry-run}: the workspace's routing rules from the command line, the same as
 * {@code /api/v1/routing/rules} (through the running server when there is one; changing and trying need the manager role).
 */
@Command(name = "routing", description = "Routing rules of the inbox: list, add, remove, try on the existing conversations.",
        subcommands = {RoutingCommand.ListRules.class, RoutingCommand.Add.class, RoutingCommand.Remove.class, RoutingCommand.DryRun.class})
final class RoutingCommand {
    @ParentCommand
    ComptoirCommand root;

    /** A rule's name, conditions and actions as options, turned into the API's body. */
    static final class RuleOptions {
        @Parameters(index = "0", paramLabel = "NAME", description = "The rule's name.") String name;
        @Option(names = "--topic", description = "Condition: a topic the opening post matched; repeatable.") List<String> topics;
        @Option(names = "--intent", description = "Condition: complaint, question, praise…; repeatable.") List<String> intents;
        @Option(names = "--sentiment", description = "Condition: positive, neutral, negative; repeatable.") List<String> sentiments;
        @Option(names = "--language", description = "Condition: fr, en…; repeatable.") List<String> languages;
        @Option(names = "--network", description = "Condition: x, mastodon, bluesky…; repeatable.") List<String> networks;
        @Option(names = "--query", description = "Condition: the query dialect, on the opening post.") String query;
        @Option(names = "--author-level", description = "Condition: audience, participant, conversant, advocate; repeatable.")
        List<String> levels;
        @Option(names = "--has-tag", description = "Condition: a tag the conversation already has; repeatable.") List<String> hasTags;
        @Option(names = "--contact-tag", description = "Condition: a tag of the author's contact; repeatable.") List<String> contactTags;
        @Option(names = "--team", description = "Action: route to this team.") String team;
        @Option(names = "--assign", description = "Action: round-robin or least-loaded among the team's members.") String assign;
        @Option(names = "--priority", description = "Action: low, normal, high or urgent.") String priority;
        @Option(names = "--tag", description = "Action: add this tag; repeatable.") List<String> tags;
        @Option(names = "--spam", description = "Action: tag spam and resolve.") boolean spam;
        @Option(names = "--resolve", description = "Action: resolve.") boolean resolve;
        @Option(names = "--continue", description = "Let the next rules run after this one matched.") boolean continues;

        ObjectNode body() {
            ObjectNode body = InboxCommand.JSON.createObjectNode();
            body.put("name", name);
            ObjectNode when = body.putObject("when");
            when.set("topic", TeamCommand.array(topics));
            when.set("intent", TeamCommand.array(intents));
            when.set("sentiment", TeamCommand.array(sentiments));
            when.set("language", TeamCommand.array(languages));
            when.set("network", TeamCommand.array(networks));
            when.put("query", query);
            when.set("author_level", TeamCommand.array(levels));
            when.set("tags", TeamCommand.array(hasTags));
            when.set("contact_tags", TeamCommand.array(contactTags));
            ObjectNode then = body.putObject("then");
            then.put("team", team);
            then.put("assign", assign);
            then.put("priority", priority);
            then.set("tags", TeamCommand.array(tags));
            then.put("spam", spam);
            then.put("resolve", resolve);
            body.put("continue", continues);
            return body;
        }
    }

    static String line(JsonNode r) {
        return String.format("%4d  %-3s %-28s when %s then %s%s", r.path("id").asLong(), r.path("enabled").asBoolean() ? "on" : "off",
                InboxCommand.oneLine(r.path("name").asString(), 28), compact(r.path("when")), compact(r.path("then")),
                r.path("continue").asBoolean() ? " (continue)" : "");
    }

    /** The non-empty fields of a rule's conditions or actions, {@code key=value}. */
    static String compact(JsonNode node) {
        StringBuilder out = new StringBuilder();
        for (var field : node.properties()) {
            JsonNode v = field.getValue();
            boolean empty = v.isNull() || (v.isArray() && v.isEmpty()) || (v.isBoolean() && !v.asBoolean());
            if (!empty) {
                out.append(out.length() == 0 ? "" : " ").append(field.getKey()).append('=')
                        .append(v.isArray() || v.isObject() ? v.toString() : v.asString());
            }
        }
        return out.length() == 0 ? "(anything)" : out.toString();
    }

    @Command(name = "list", description = "List the rules in the order they run.")
    static final class ListRules implements Callable<Integer> {
        @ParentCommand RoutingCommand routing;
        @Option(names = "--json", description = "Print the API's JSON.") boolean json;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = routing.root.backend()) {
                InboxCommand.print(backend.routingRules(routing.root.workspace), json, page -> {
                    System.out.println(page.path("rules").size() + " rules");
                    page.path("rules").forEach(r -> System.out.println(line(r)));
                });
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Add a rule after the others.")
    static final class Add implements Callable<Integer> {
        @ParentCommand RoutingCommand routing;
        @Mixin RuleOptions rule;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = routing.root.backend()) {
                System.out.println("rule added: " + line(InboxCommand.JSON.readTree(backend.addRoutingRule(routing.root.workspace, rule.body()))));
            }
            return 0;
        }
    }

    @Command(name = "rm", description = "Remove a rule.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand RoutingCommand routing;
        @Parameters(index = "0", paramLabel = "ID") long id;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = routing.root.backend()) {
                if (!backend.removeRoutingRule(routing.root.workspace, id)) {
                    throw new CliException("no rule " + id + " in workspace '" + routing.root.workspace + "'", CliErrors.BAD_INPUT);
                }
                System.out.println("rule " + id + " removed");
            }
            return 0;
        }
    }

    @Command(name = "dry-run", description = "Try a rule on the existing conversations without saving it or changing anything.")
    static final class DryRun implements Callable<Integer> {
        @ParentCommand RoutingCommand routing;
        @Mixin RuleOptions rule;
        @Option(names = "--json", description = "Print the API's JSON.") boolean json;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = routing.root.backend()) {
                InboxCommand.print(backend.routingDryRun(routing.root.workspace, rule.body()), json, run -> {
                    System.out.println("this rule would have routed " + run.path("matched").asLong() + " of "
                            + run.path("scanned").asLong() + " conversations");
                    for (JsonNode c : run.path("conversations")) {
                        System.out.printf("%6d  %-28s %-50s %s%n", c.path("id").asLong(),
                                InboxCommand.oneLine(c.path("author").path("handle").asString(""), 28),
                                InboxCommand.oneLine(c.path("subject").asString(""), 50), String.join(", ", strings(c.path("would"))));
                    }
                });
            }
            return 0;
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(v -> out.add(v.asString()));
        return out;
    }
}
