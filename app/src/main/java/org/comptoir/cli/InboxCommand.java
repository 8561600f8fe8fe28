package org.comptoir.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code inbox list|show|assign|resolve|reply|backfill}: the shared inbox from the command line, the same as
 * {@code /api/v1/conversations} (through the running server when there is one).
 */
@Command(name = "inbox", description = "Work the shared inbox: list, show, assign, resolve, reply; backfill conversations.",
        subcommands = {InboxCommand.ListConversations.class, InboxCommand.Show.class, InboxCommand.Assign.class,
                InboxCommand.Resolve.class, InboxCommand.Reply.class, InboxCommand.Backfill.class})
final class InboxCommand {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @ParentCommand
    ComptoirCommand root;

    /** Prints {@code json} as it came, or through {@code table}. */
    static void print(String json, boolean raw, java.util.function.Consumer<JsonNode> table) {
        if (raw) {
            System.out.println(json);
        } else {
            table.accept(JSON.readTree(json));
        }
    }

    static String oneLine(String text, int max) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }

    @Command(name = "list", description = "List conversations, newest activity first.")
    static final class ListConversations implements Callable<Integer> {
        @ParentCommand InboxCommand inbox;
        @Option(names = "--status", description = "open, pending, snoozed or resolved.") String status;
        @Option(names = "--assignee", description = "A user name, or none.") String assignee;
        @Option(names = "--team") String team;
        @Option(names = "--priority", description = "low, normal, high or urgent.") String priority;
        @Option(names = "--intent") String intent;
        @Option(names = "--sentiment") String sentiment;
        @Option(names = "--limit", defaultValue = "50") int limit;
        @Option(names = "--offset", defaultValue = "0") int offset;
        @Option(names = "--json", description = "Print the API's JSON.") boolean json;
        @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Only conversations with a post matching this query.")
        List<String> query;

        @Override
        public Integer call() throws CliException {
            Map<String, String> filters = new LinkedHashMap<>();
            put(filters, "status", status);
            put(filters, "assignee", assignee);
            put(filters, "team", team);
            put(filters, "priority", priority);
            put(filters, "intent", intent);
            put(filters, "sentiment", sentiment);
            put(filters, "q", query == null ? null : String.join(" ", query));
            filters.put("limit", String.valueOf(limit));
            filters.put("offset", String.valueOf(offset));
            try (CliBackend backend = inbox.root.backend()) {
                print(backend.inboxList(inbox.root.workspace, filters), json, page -> {
                    System.out.println(page.path("total").asLong() + " conversations");
                    for (JsonNode c : page.path("conversations")) {
                        System.out.printf("%6d  %-8s %-7s %-14s %-9s %-28s %s%n", c.path("id").asLong(), c.path("status").asString(),
                                c.path("priority").asString(), oneLine(c.path("assignee").asString("—"), 14), c.path("network").asString(),
                                oneLine(c.path("author").path("handle").asString(""), 28), oneLine(c.path("subject").asString(""), 70));
                    }
                });
            }
            return 0;
        }

        private static void put(Map<String, String> map, String key, String value) {
            if (value != null && !value.isBlank()) {
                map.put(key, value);
            }
        }
    }

    @Command(name = "show", description = "Show a conversation and its timeline.")
    static final class Show implements Callable<Integer> {
        @ParentCommand InboxCommand inbox;
        @Parameters(index = "0", paramLabel = "ID") long id;
        @Option(names = "--json", description = "Print the API's JSON.") boolean json;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = inbox.root.backend()) {
                print(backend.inboxShow(inbox.root.workspace, id), json, c -> {
                    System.out.printf("conversation %d · %s · %s · %s · %s %s%n", c.path("id").asLong(), c.path("status").asString(),
                            c.path("priority").asString(), c.path("assignee").asString("unassigned"), c.path("network").asString(),
                            c.path("author").path("handle").asString(""));
                    for (JsonNode item : c.path("timeline")) {
                        System.out.printf("  %s  %-8s %-24s %s%n", item.path("at").asString(), item.path("kind").asString(),
                                oneLine(item.path("author").asString(""), 24), oneLine(item.path("text").asString(""), 200));
                    }
                    for (JsonNode reply : c.path("replies")) {
                        System.out.printf("  reply %d: %s %s%s%n", reply.path("id").asLong(), reply.path("state").asString(),
                                reply.path("url").asString(""), reply.path("error").isNull() ? "" : " (" + reply.path("error").asString() + ")");
                    }
                });
            }
            return 0;
        }
    }

    @Command(name = "assign", description = "Assign a conversation to an agent of the workspace (none to unassign).")
    static final class Assign implements Callable<Integer> {
        @ParentCommand InboxCommand inbox;
        @Parameters(index = "0", paramLabel = "ID") long id;
        @Parameters(index = "1", paramLabel = "USER") String user;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = inbox.root.backend()) {
                JsonNode c = JSON.readTree(backend.inboxUpdate(inbox.root.workspace, id, "none".equals(user) ? "" : user, null));
                System.out.println("conversation " + id + " assigned to " + c.path("assignee").asString("nobody"));
            }
            return 0;
        }
    }

    @Command(name = "resolve", description = "Resolve a conversation.")
    static final class Resolve implements Callable<Integer> {
        @ParentCommand InboxCommand inbox;
        @Parameters(index = "0", paramLabel = "ID") long id;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = inbox.root.backend()) {
                JsonNode c = JSON.readTree(backend.inboxUpdate(inbox.root.workspace, id, null, "resolved"));
                System.out.println("conversation " + id + " is " + c.path("status").asString());
            }
            return 0;
        }
    }

    @Command(name = "reply", description = "Reply on the conversation's network (queued, then sent with its idempotency key).")
    static final class Reply implements Callable<Integer> {
        @ParentCommand InboxCommand inbox;
        @Parameters(index = "0", paramLabel = "ID") long id;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT") List<String> text;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = inbox.root.backend()) {
                JsonNode reply = JSON.readTree(backend.inboxReply(inbox.root.workspace, id, String.join(" ", text)));
                String state = reply.path("state").asString();
                System.out.println("reply " + reply.path("id").asLong() + ": " + state
                        + (reply.path("url").isNull() ? "" : " " + reply.path("url").asString())
                        + (reply.path("error").isNull() ? "" : " (" + reply.path("error").asString() + ")"));
                return "failed".equals(state) ? 1 : 0;
            }
        }
    }

    @Command(name = "backfill", description = "Thread the posts already stored into conversations (safe to repeat).")
    static final class Backfill implements Callable<Integer> {
        @ParentCommand InboxCommand inbox;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = inbox.root.backend()) {
                System.out.println(backend.inboxBackfill(inbox.root.workspace) + " posts threaded into conversations");
            }
            return 0;
        }
    }
}
