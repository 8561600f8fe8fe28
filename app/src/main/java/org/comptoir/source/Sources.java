package org.comptoir.source;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.comptoir.connector.Connectors;
import org.comptoir.connector.Durations;
import org.comptoir.connector.Prefilter;
import org.comptoir.events.Events;
import org.comptoir.secret.SecretBox;
import org.comptoir.sql.Sql;
import org.comptoir.topic.Topic;
import org.comptoir.topic.TopicCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sources of each workspace: add (settings checked at once, secrets sealed), change, pause, resume, remove,
 * and each one's health. A request is flat JSON: {@code {"type":"rss","name":…,"every":"5m","url":…}}; the
 * type's secret fields ({@link Connectors#secretFields}) are sealed with {@link SecretBox} and never returned.
 * Publishes {@link SourceSaved} and {@link SourceRemoved}.
 */
public final class Sources {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> RESERVED = Set.of("type", "name", "every", "paused", "id", "workspace", "health");
    private final SourceRepository repository;
    private final SourceHealthRepository health;
    private final SecretBox secrets;
    private final TopicCatalog topics;
    private final Events events;
    private final Clock clock;
    private final SourceIntake intake;
    private final SecureRandom random = new SecureRandom();

    public Sources(SourceRepository repository, SourceHealthRepository health, SecretBox secrets, TopicCatalog topics,
                   org.comptoir.pipeline.Pipelines pipelines, org.comptoir.ingest.QuarantineRepository quarantine,
                   Events events, Clock clock) {
        this.repository = repository;
        this.health = health;
        this.secrets = secrets;
        this.topics = topics;
        this.events = events;
        this.clock = clock;
        this.intake = new SourceIntake(pipelines, quarantine, clock);
    }

    /** A new source, and the webhook secret when one was generated (shown once, never again). */
    public record Added(Source source, String generatedSecret) {
    }

    public Added add(String workspace, JsonNode request) {
        ObjectNode body = object(request);
        String type = Connectors.type(body.path("type").asString(""));
        Map<String, String> secretValues = new LinkedHashMap<>();
        ObjectNode settings = split(type, body, secretValues);
        String generated = null;
        if (type.equals("webhook") && !secretValues.containsKey("secret")) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            generated = HexFormat.of().formatHex(key);
            secretValues.put("secret", generated);
        }
        Connectors.check(type, settings, secretValues);
        String name = body.hasNonNull("name") && !body.get("name").asString().isBlank()
                ? checkName(body.get("name").asString()) : defaultName(type, settings);
        Duration every = every(body, Source.DEFAULT_EVERY);
        long id;
        try {
            id = repository.insert(workspace, name, type, settings, seal(secretValues), every, clock.instant());
        } catch (Sql.SqlFailure e) {
            if (e.getCause() instanceof java.sql.SQLException sql && Sql.isDuplicateKey(sql)) {
                throw new IllegalArgumentException("workspace '" + workspace + "' already has a source named '" + name + "'");
            }
            throw e;
        }
        Source source = repository.find(id).orElseThrow();
        events.publish(new SourceSaved(source, true));
        return new Added(source, generated);
    }

    /** Changes some settings: fields absent from {@code patch} keep their value; a secret given replaces the old one. */
    public Source update(String workspace, long id, JsonNode patch) {
        Source source = find(workspace, id).orElseThrow(() -> notFound(id));
        ObjectNode body = object(patch);
        Map<String, String> secretValues = new LinkedHashMap<>(openSecrets(id));
        ObjectNode settings = source.settings().deepCopy();
        settings.setAll(split(source.type(), body, secretValues));
        Connectors.check(source.type(), settings, secretValues);
        String name = body.hasNonNull("name") ? checkName(body.get("name").asString()) : source.name();
        boolean paused = body.hasNonNull("paused") ? body.get("paused").asBoolean() : source.paused();
        repository.update(id, name, settings, seal(secretValues), every(body, source.every()), paused);
        Source changed = repository.find(id).orElseThrow();
        events.publish(new SourceSaved(changed, false));
        return changed;
    }

    public Source setPaused(String workspace, long id, boolean paused) {
        ObjectNode patch = JSON.createObjectNode();
        patch.put("paused", paused);
        return update(workspace, id, patch);
    }

    public boolean remove(String workspace, long id) {
        Optional<Source> source = find(workspace, id);
        if (source.isEmpty() || !repository.delete(id)) {
            return false;
        }
        events.publish(new SourceRemoved(workspace, id, source.get().name()));
        return true;
    }

    public List<Source> list(String workspace) {
        return repository.list(workspace);
    }

    /** The source with that id if it belongs to the workspace (another workspace's id answers empty, like a missing one). */
    public Optional<Source> find(String workspace, long id) {
        return repository.find(id).filter(source -> source.workspace().equals(workspace));
    }

    public SourceHealth health(Source source) {
        var now = clock.instant();
        return SourceHealth.of(source, health.row(source.id()), health.counts(source.id(), now.minus(Duration.ofHours(1))),
                health.counts(source.id(), now.minus(Duration.ofDays(1))), Connectors.isStream(source.type(), source.settings()), now,
                health.gaps(source.id(), now.minus(Duration.ofDays(7)), 10));
    }

    /**
     * A source as the API and the CLI show it: settings without secrets (only which are set), then its health
     * ({@code state, last_success, last_error, posts_last_hour, lag_s…}, see {@link SourceHealth#json}).
     */
    public Map<String, Object> json(Source source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", source.id());
        json.put("name", source.name());
        json.put("type", source.type());
        json.put("every", Durations.format(source.every()));
        json.put("paused", source.paused());
        json.put("settings", source.settings());
        json.put("secrets_set", openSecrets(source.id()).keySet().stream().sorted().toList());
        json.put("created_at", source.createdAt().toString());
        json.putAll(health(source).json());
        if (source.type().equals("x") && Connectors.isStream(source.type(), source.settings())) {
            json.put("rules", xRules(source).stream().map(rule -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("topic", rule.topic());
                one.put("tag", rule.tag());
                one.put("rule", rule.rule());
                one.put("not_derivable", rule.reason());
                return one;
            }).toList());
        }
        if (source.pushed()) {
            json.put("webhook", "/api/v1/sources/" + source.id() + "/webhook");
        }
        return json;
    }

    /** An X filtered stream's rules, one per topic (or its own query), each with the reason when it has none; else empty. */
    public List<org.comptoir.connector.xapi.XRules.Derived> xRules(Source source) {
        if (!source.type().equals("x") || !Connectors.isStream(source.type(), source.settings())) {
            return List.of();
        }
        return Connectors.xRules(source.settings(), topicQueries(source.workspace()));
    }

    // --- for the poller and the webhook (same package) ---

    List<Source> all() {
        return repository.all();
    }

    Optional<Source> byId(long id) {
        return repository.find(id);
    }

    Map<String, String> openSecrets(long id) {
        String sealed = repository.sealed(id).orElse(null);
        if (sealed == null) {
            return Map.of();
        }
        Map<String, String> open = new LinkedHashMap<>();
        JSON.readTree(secrets.open(sealed)).properties().forEach(entry -> open.put(entry.getKey(), entry.getValue().asString()));
        return open;
    }

    Prefilter prefilter(String workspace) {
        return prefilterFor(topics.list(workspace).stream().map(Topic::query).toList());
    }

    /** The workspace's topics, name → query, in the catalogue's order (an X filtered stream's rules come from them). */
    Map<String, String> topicQueries(String workspace) {
        Map<String, String> queries = new LinkedHashMap<>();
        topics.list(workspace).forEach(topic -> queries.put(topic.name(), topic.query()));
        return queries;
    }

    /** The prefilter a stream source uses for a workspace with these topic queries (also what the Jetstream benchmark runs). */
    public static Prefilter prefilterFor(List<String> topicQueries) {
        return KeywordPrefilter.of(topicQueries);
    }

    String cursor(long id) {
        return repository.cursor(id).orElse(null);
    }

    void saveCursor(long id, String cursor) {
        repository.saveCursor(id, cursor, clock.instant());
    }

    SourceIntake intake() {
        return intake;
    }

    SourceHealthRepository healthRecords() {
        return health;
    }

    Clock clock() {
        return clock;
    }

    private ObjectNode split(String type, ObjectNode body, Map<String, String> secretValues) {
        Set<String> secretFields = Connectors.secretFields(type);
        ObjectNode settings = JSON.createObjectNode();
        body.properties().forEach(entry -> {
            if (secretFields.contains(entry.getKey())) {
                if (!entry.getValue().isNull() && !entry.getValue().asString().isBlank()) {
                    secretValues.put(entry.getKey(), entry.getValue().asString());
                }
            } else if (!RESERVED.contains(entry.getKey())) {
                settings.set(entry.getKey(), entry.getValue());
            }
        });
        return settings;
    }

    private String seal(Map<String, String> secretValues) {
        return secretValues.isEmpty() ? null : secrets.seal(JSON.writeValueAsString(secretValues));
    }

    private static Duration every(ObjectNode body, Duration fallback) {
        if (!body.hasNonNull("every")) {
            return fallback;
        }
        Duration every = Durations.parse(body.get("every").asString(), "'every'");
        if (every.compareTo(Source.MIN_EVERY) < 0) {
            throw new IllegalArgumentException("'every' must be at least 1s, got '" + body.get("every").asString() + "'");
        }
        return every;
    }

    private static String checkName(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200 || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a source name is 1 to 200 printable characters, got '" + name + "'");
        }
        return trimmed;
    }

    private static String defaultName(String type, ObjectNode settings) {
        String where = settings.path("url").asString(settings.path("instance").asString(""))
                .replaceFirst("^[a-z]+://", "").replaceFirst("/$", "");
        String what = settings.path("timeline").asString(settings.path("subreddit").asString(""));
        String search = settings.path("search").asString("");
        what = search.isEmpty() ? what : (what + " search " + search).strip();
        String name = type + (where.isEmpty() ? "" : " " + where) + (what.isEmpty() ? "" : " " + what);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static ObjectNode object(JsonNode request) {
        if (request == null || !request.isObject()) {
            throw new IllegalArgumentException("a source is a JSON object such as {\"type\":\"rss\",\"url\":\"https://…\",\"every\":\"5m\"}");
        }
        return (ObjectNode) request;
    }

    private static java.util.NoSuchElementException notFound(long id) {
        return new java.util.NoSuchElementException("no source " + id + " in this workspace");
    }
}
