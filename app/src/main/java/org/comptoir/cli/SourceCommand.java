package org.comptoir.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code source add rss|mastodon|bluesky|webhook [TARGET] … · source list · source show ID · source pause|resume ID ·
 * source rm ID}. A source is named by its id or its name. {@code add webhook} prints its secret once, as the last line.
 */
@Command(name = "source", description = "Manage the sources the workspace listens to (feeds, accounts, streams, webhooks).",
        subcommands = {SourceCommand.Add.class, SourceCommand.ListSources.class, SourceCommand.Show.class,
                SourceCommand.Pause.class, SourceCommand.Resume.class, SourceCommand.Remove.class})
final class SourceCommand {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @ParentCommand
    ComptoirCommand root;

    @Command(name = "add", description = "Add a source: rss URL | mastodon INSTANCE --timeline tag:NAME | bluesky | x QUERY | reddit SUBREDDIT | webhook.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        SourceCommand source;

        @Parameters(index = "0", paramLabel = "TYPE", description = "rss, mastodon, bluesky, x, reddit or webhook")
        String type;

        @Parameters(index = "1", arity = "0..1", paramLabel = "TARGET",
                description = "the feed URL (rss), the instance (mastodon), the Jetstream endpoint (bluesky), the search query (x), the subreddit (reddit)")
        String target;

        @Option(names = "--name", description = "A name unique in the workspace (default: made from the target).")
        String name;

        @Option(names = "--every", description = "Time between polls: 30s, 5m, PT1H… (default 5m, at least 1s).")
        String every;

        @Option(names = "--timeline", description = "mastodon: public, local, tag:NAME, account:ID or search:WORDS.")
        String timeline;

        @Option(names = "--token-env", paramLabel = "VAR",
                description = "The environment variable holding the access token (mastodon), the bearer token (x), the app secret (reddit) or the webhook secret.")
        String tokenEnv;

        @Option(names = "--password-env", paramLabel = "VAR",
                description = "reddit: the environment variable holding the password of --set username=NAME (password grant).")
        String passwordEnv;

        @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any other setting (dids=…, comments=false, window=2s…).")
        Map<String, String> settings;

        @Override
        public Integer call() throws CliException {
            ObjectNode request = JSON.createObjectNode();
            request.put("type", type);
            if (target != null) {
                request.put(switch (type.toLowerCase(java.util.Locale.ROOT)) {
                    case "mastodon" -> "instance";
                    case "bluesky" -> "endpoint";
                    case "x" -> "query";
                    case "reddit" -> "subreddit";
                    default -> "url";
                }, target);
            }
            putIfPresent(request, "name", name);
            putIfPresent(request, "every", every);
            putIfPresent(request, "timeline", timeline);
            if (settings != null) {
                settings.forEach(request::put);
            }
            if (tokenEnv != null) {
                String secret = System.getenv(tokenEnv);
                if (secret == null || secret.isBlank()) {
                    throw new CliException("the environment variable " + tokenEnv + " is not set", CliErrors.BAD_INPUT);
                }
                request.put(switch (type.toLowerCase(java.util.Locale.ROOT)) {
                    case "webhook" -> "secret";
                    case "reddit" -> "client_secret";
                    default -> "token";
                }, secret.strip());
            }
            if (passwordEnv != null) {
                String password = System.getenv(passwordEnv);
                if (password == null || password.isBlank()) {
                    throw new CliException("the environment variable " + passwordEnv + " is not set", CliErrors.BAD_INPUT);
                }
                request.put("password", password);
            }
            try (CliBackend backend = source.root.backend()) {
                JsonNode added = backend.addSource(source.root.workspace, request);
                System.out.println("source " + added.path("id").asLong() + " '" + added.path("name").asString() + "' added ("
                        + added.path("type").asString() + ", every " + added.path("every").asString() + ")");
                if (added.hasNonNull("webhook")) {
                    System.out.println("deliver to: POST " + added.path("webhook").asString() + " signed with the secret below");
                }
                if (added.hasNonNull("secret")) {
                    System.out.println(added.path("secret").asString());
                }
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List sources with their state and posts in the last hour.")
    static final class ListSources implements Callable<Integer> {
        @ParentCommand
        SourceCommand source;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = source.root.backend()) {
                System.out.printf("%-5s %-20s %-9s %6s  %s%n", "id", "state", "type", "1h", "name");
                for (JsonNode s : backend.listSources(source.root.workspace)) {
                    System.out.printf("%-5d %-20s %-9s %6d  %s%s%n", s.path("id").asLong(), s.path("state").asString(),
                            s.path("type").asString(), s.path("posts_last_hour").asLong(), s.path("name").asString(),
                            s.hasNonNull("last_error") && s.path("failures").asInt() > 0 ? "  (" + s.path("last_error").asString() + ")" : "");
                }
            }
            return 0;
        }
    }

    @Command(name = "show", description = "A source's settings (never its secrets) and health as JSON.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        SourceCommand source;

        @Parameters(index = "0", paramLabel = "ID|NAME")
        String which;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = source.root.backend()) {
                System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(find(backend, source, which)));
            }
            return 0;
        }
    }

    @Command(name = "pause", description = "Stop polling a source (its cursor is kept).")
    static final class Pause implements Callable<Integer> {
        @ParentCommand
        SourceCommand source;

        @Parameters(index = "0", paramLabel = "ID|NAME")
        String which;

        @Override
        public Integer call() throws CliException {
            return setPaused(source, which, true);
        }
    }

    @Command(name = "resume", description = "Poll a paused source again, from where it stopped.")
    static final class Resume implements Callable<Integer> {
        @ParentCommand
        SourceCommand source;

        @Parameters(index = "0", paramLabel = "ID|NAME")
        String which;

        @Override
        public Integer call() throws CliException {
            return setPaused(source, which, false);
        }
    }

    @Command(name = "rm", description = "Delete a source (its posts stay).")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        SourceCommand source;

        @Parameters(index = "0", paramLabel = "ID|NAME")
        String which;

        @Override
        public Integer call() throws CliException {
            try (CliBackend backend = source.root.backend()) {
                JsonNode found = find(backend, source, which);
                backend.removeSource(source.root.workspace, found.path("id").asLong());
                System.out.println("source " + found.path("id").asLong() + " '" + found.path("name").asString() + "' removed");
            }
            return 0;
        }
    }

    private static int setPaused(SourceCommand source, String which, boolean paused) throws CliException {
        try (CliBackend backend = source.root.backend()) {
            JsonNode found = find(backend, source, which);
            ObjectNode patch = JSON.createObjectNode();
            patch.put("paused", paused);
            JsonNode changed = backend.changeSource(source.root.workspace, found.path("id").asLong(), patch);
            System.out.println("source " + changed.path("id").asLong() + " '" + changed.path("name").asString() + "' "
                    + changed.path("state").asString());
        }
        return 0;
    }

    private static JsonNode find(CliBackend backend, SourceCommand source, String which) throws CliException {
        List<JsonNode> matches = new java.util.ArrayList<>();
        for (JsonNode s : backend.listSources(source.root.workspace)) {
            if (Long.toString(s.path("id").asLong()).equals(which) || s.path("name").asString().equals(which)) {
                matches.add(s);
            }
        }
        if (matches.isEmpty()) {
            throw new CliException("no source '" + which + "' in workspace '" + source.root.workspace + "' (see: comptoir source list)",
                    CliErrors.BAD_INPUT);
        }
        return matches.get(0);
    }

    private static void putIfPresent(ObjectNode request, String field, String value) {
        if (value != null && !value.isBlank()) {
            request.put(field, value);
        }
    }
}
