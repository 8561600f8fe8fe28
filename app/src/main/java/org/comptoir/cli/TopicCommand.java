package org.comptoir.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.topic.TopicCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code topic add NAME QUERY · topic list · topic rm NAME · topic lint QUERY}. */
@Command(name = "topic", description = "Manage the workspace's topics (saved boolean queries).",
        subcommands = {TopicCommand.Add.class, TopicCommand.ListTopics.class, TopicCommand.Remove.class, TopicCommand.Lint.class})
final class TopicCommand {
    @ParentCommand
    ComptoirCommand root;

    @Command(name = "add", description = "Create or replace a topic; stored posts are matched at once (backfill).")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        TopicCommand topic;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "QUERY")
        List<String> query;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = topic.root.backend()) {
                CliBackend.TopicRow row = backend.addTopic(topic.root.workspace, name, String.join(" ", query));
                System.out.println("topic '" + row.name() + "' saved: " + row.mentions() + " matching posts");
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List topics with their number of mentions.")
    static final class ListTopics implements Callable<Integer> {
        @ParentCommand
        TopicCommand topic;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = topic.root.backend()) {
                for (CliBackend.TopicRow row : backend.listTopics(topic.root.workspace)) {
                    System.out.printf("%-24s %8d  %s%n", row.name(), row.mentions(), row.query());
                }
            }
            return 0;
        }
    }

    @Command(name = "rm", description = "Delete a topic.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        TopicCommand topic;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = topic.root.backend()) {
                if (!backend.removeTopic(topic.root.workspace, name)) {
                    throw new CliException("no topic named '" + name + "' in workspace '" + topic.root.workspace + "'");
                }
                System.out.println("topic '" + name + "' removed");
            }
            return 0;
        }
    }

    @Command(name = "lint", description = "Check a query; prints each problem with its column.")
    static final class Lint implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "QUERY")
        List<String> query;

        @Override
        public Integer call() throws CliException {
            String text = String.join(" ", query);
            try {
                TopicCatalog.lint(text);
                System.out.println("ok");
                return 0;
            } catch (QuerySyntaxException e) {
                System.out.println(text);
                System.out.println(" ".repeat(Math.max(0, e.column() - 1)) + "^");
                throw CliErrors.badQuery(e);
            }
        }
    }
}
