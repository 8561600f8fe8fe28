package org.comptoir.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.comptoir.Comptoir;
import org.comptoir.account.PersonalToken;
import org.comptoir.account.Role;
import org.comptoir.audit.AuditLog;
import org.comptoir.events.Actor;
import org.comptoir.ingest.ImportFormat;
import org.comptoir.ingest.ImportOptions;
import org.comptoir.ingest.ImportSummary;
import org.comptoir.ingest.Importer;
import org.comptoir.ingest.NativeJson;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.search.PostSearch;
import org.comptoir.store.SearchPage;
import org.comptoir.topic.Topic;

/**
 * Runs commands on a data directory opened in this process. Whoever can open the files holds every
 * right, so no role is checked here; the audit log names the operating-system user ({@link Actor#commandLine()}).
 */
final class LocalBackend implements CliBackend {
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
    private final Comptoir comptoir;

    LocalBackend(Comptoir comptoir) {
        this.comptoir = comptoir;
        Actor.commandLine().becomeCurrent();
    }

    /** The workspace's name once it is known to exist: commands never create one as a side effect. */
    private String existing(String workspace) throws CliException {
        if (!comptoir.workspaces().exists(workspace)) {
            throw new CliException("no workspace '" + workspace + "' (create it with: comptoir workspace create "
                    + workspace + ")", CliErrors.BAD_INPUT);
        }
        return workspace;
    }

    @Override
    public ImportSummary importFile(String workspace, Path file, ImportFormat format, Map<String, String> columnMap,
                                    Consumer<ImportSummary> progress) throws CliException {
        return importFile(workspace, file, format, columnMap, null, progress);
    }

    @Override
    public ImportSummary importFile(String workspace, Path file, ImportFormat format, Map<String, String> columnMap,
                                    String network, Consumer<ImportSummary> progress) throws CliException {
        try {
            return comptoir.importer().importFile(existing(workspace), file, format,
                    new ImportOptions(columnMap, network), progress);
        } catch (Importer.ImportFailure e) {
            throw new CliException(e.getMessage());
        }
    }

    @Override
    public SearchResult search(String workspace, PostSearch.Request request) throws CliException {
        try {
            SearchPage page = comptoir.search().search(existing(workspace), request);
            List<String> lines = page.posts().stream().map(p -> NativeJson.write(p.post(), p.topics())).toList();
            return new SearchResult(page.total(), lines, page.nextCursor());
        } catch (QuerySyntaxException e) {
            throw CliErrors.badQuery(e);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
    }

    @Override
    public long count(String workspace, PostSearch.Request request) throws CliException {
        try {
            return comptoir.search().count(existing(workspace), request);
        } catch (QuerySyntaxException e) {
            throw CliErrors.badQuery(e);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
    }

    @Override
    public TopicRow addTopic(String workspace, String name, String query) throws CliException {
        try {
            return row(comptoir.topics().save(existing(workspace), name, query, null));
        } catch (QuerySyntaxException e) {
            throw CliErrors.badQuery(e);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
    }

    @Override
    public List<TopicRow> listTopics(String workspace) throws CliException {
        return comptoir.topics().list(existing(workspace)).stream().map(this::row).toList();
    }

    @Override
    public boolean removeTopic(String workspace, String name) throws CliException {
        return comptoir.topics().remove(existing(workspace), name);
    }

    @Override
    public List<QuarantineRow> listQuarantine(String workspace, int limit) throws CliException {
        return comptoir.quarantine().list(existing(workspace), limit).stream()
                .map(r -> new QuarantineRow(r.source(), r.line(), r.offset(), r.reason(),
                        preview(r.raw()), r.receivedAt().toString()))
                .toList();
    }

    @Override
    public List<String> exportCorrections(String workspace, String kind) throws CliException {
        try {
            return comptoir.corrections().export(existing(workspace),
                    org.comptoir.correction.Corrections.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new CliException("unknown kind '" + kind + "': use sentiment or intent", CliErrors.BAD_INPUT);
        }
    }

    @Override
    public byte[] reportPdf(String workspace, Map<String, String> params, String language) throws CliException {
        try {
            return comptoir.reports().pdf(existing(workspace), org.comptoir.report.Period.fromLabel(params.get("period")),
                    org.comptoir.analytics.AnalyticsQuery.selection(params), java.util.Locale.forLanguageTag(language));
        } catch (QuerySyntaxException e) {
            throw CliErrors.badQuery(e);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CliErrors.BAD_INPUT);
        }
    }

    @Override
    public String analytics(String workspace, String figure, Map<String, String> params, boolean csv) throws CliException {
        try {
            var answer = org.comptoir.analytics.AnalyticsQuery.run(comptoir.analytics(), existing(workspace), figure, params);
            return csv ? answer.csv() : JSON.writeValueAsString(answer.json());
        } catch (QuerySyntaxException e) {
            throw CliErrors.badQuery(e);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CliErrors.BAD_INPUT);
        }
    }

    @Override
    public String alerts(String workspace, String what, Map<String, String> params) throws CliException {
        String ws = existing(workspace);
        try {
            Object answer = switch (what) {
                case "replay" -> Map.of("alerts", comptoir.alerts().replay(ws, org.comptoir.web.TimeParams.parse("from", params.get("from")),
                        org.comptoir.web.TimeParams.parse("to", params.get("to")), !"false".equals(params.get("explain"))));
                case "rules" -> Map.of("rules", comptoir.alerts().rules(ws));
                case "" -> Map.of("alerts", comptoir.alerts().alerts(ws, 1000));
                default -> throw new IllegalArgumentException("unknown alerts command '" + what + "'");
            };
            return JSON.writeValueAsString(answer);
        } catch (QuerySyntaxException e) {
            throw CliErrors.badQuery(e);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CliErrors.BAD_INPUT);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public String reportSchedule(String workspace, String method, Map<String, Object> body) throws CliException {
        String ws = existing(workspace);
        var schedules = comptoir.reportSchedules();
        try {
            return switch (method) {
                case "PUT" -> JSON.writeValueAsString(schedules.save(ws, (String) body.get("period"), (String) body.get("day_of_week"),
                        (Integer) body.get("day_of_month"), (String) body.get("time"), (String) body.get("language"),
                        (java.util.List<String>) body.get("recipients"), (Boolean) body.get("enabled")));
                case "DELETE" -> {
                    if (!schedules.delete(ws)) {
                        throw new CliException("no report schedule in workspace '" + ws + "'", CliErrors.BAD_INPUT);
                    }
                    yield "{}";
                }
                default -> JSON.writeValueAsString(schedules.view(ws)
                        .orElseThrow(() -> new CliException("no report schedule in workspace '" + ws + "'", CliErrors.BAD_INPUT)));
            };
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CliErrors.BAD_INPUT);
        }
    }

    @Override
    public void export(String workspace, Map<String, String> params, String format, java.io.OutputStream out) throws CliException {
        try {
            PostSearch.Request request = new PostSearch.Request(params.get("q"), params.get("topic"),
                    org.comptoir.web.TimeParams.parse("from", params.get("from")), org.comptoir.web.TimeParams.parse("to", params.get("to")),
                    params.get("lang"), 1, null, params.get("network"));
            comptoir.search().export(existing(workspace), request, org.comptoir.search.ExportFormat.fromLabel(format),
                    new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        } catch (QuerySyntaxException e) {
            throw CliErrors.badQuery(e);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CliErrors.BAD_INPUT);
        } catch (java.io.IOException e) {
            throw new CliException("cannot write the export: " + e.getMessage());
        }
    }

    @Override
    public WorkspaceRow createWorkspace(String name, String label, String zone) throws CliException {
        var created = admin(() -> comptoir.workspaces().create(name, label, null, zone));
        return new WorkspaceRow(created.name(), created.label(), Role.ADMIN.label());
    }

    @Override
    public List<WorkspaceRow> listWorkspaces() {
        return comptoir.workspaces().list().stream().map(w -> new WorkspaceRow(w.name(), w.label(), Role.ADMIN.label())).toList();
    }

    @Override
    public void addUser(String name, String password, boolean admin) throws CliException {
        admin(() -> comptoir.accounts().add(name, password, admin));
    }

    @Override
    public List<UserRow> listUsers() {
        return comptoir.accounts().list().stream().map(account -> {
            Map<String, String> roles = new LinkedHashMap<>();
            comptoir.accounts().roles(account.name()).forEach((ws, role) -> roles.put(ws, role.label()));
            return new UserRow(account.name(), account.admin(), roles);
        }).toList();
    }

    @Override
    public void changePassword(String name, String password) throws CliException {
        admin(() -> {
            comptoir.accounts().changePassword(name, password);
            return null;
        });
    }

    @Override
    public void removeUser(String name) throws CliException {
        admin(() -> {
            comptoir.accounts().remove(name);
            return null;
        });
    }

    @Override
    public void grant(String user, String workspace, String role) throws CliException {
        String ws = existing(workspace);
        admin(() -> {
            if ("none".equalsIgnoreCase(role)) {
                if (!comptoir.accounts().revoke(user, ws)) {
                    throw new NoSuchElementException("'" + user + "' holds no role in workspace '" + ws + "'");
                }
            } else {
                comptoir.accounts().grant(user, ws, Role.fromLabel(role));
            }
            return null;
        });
    }

    @Override
    public TokenRow createToken(String user, String name, Integer expiresInDays) throws CliException {
        PersonalToken.Issued issued = admin(() -> comptoir.tokens().create(user, name, expiresInDays));
        return row(issued.token(), issued.value());
    }

    @Override
    public List<TokenRow> listTokens(String user) throws CliException {
        admin(() -> comptoir.accounts().find(user).orElseThrow(() -> new NoSuchElementException("no user named '" + user + "'")));
        return comptoir.tokens().list(user).stream().map(t -> row(t, null)).toList();
    }

    @Override
    public void revokeToken(String user, String id) throws CliException {
        if (!comptoir.tokens().revoke(user, id)) {
            throw new CliException("'" + user + "' has no active token '" + id + "'", CliErrors.BAD_INPUT);
        }
    }

    @Override
    public String auditCsv(String workspace, int limit) throws CliException {
        return AuditLog.csv(comptoir.audit().list(workspace == null ? null : existing(workspace), limit));
    }

    @Override
    public tools.jackson.databind.JsonNode addSource(String workspace, tools.jackson.databind.JsonNode request) throws CliException {
        org.comptoir.source.Sources.Added added = admin(() -> comptoir.sources().add(existing(workspace), request));
        Map<String, Object> json = new LinkedHashMap<>(comptoir.sources().json(added.source()));
        if (added.generatedSecret() != null) {
            json.put("secret", added.generatedSecret());
        }
        return JSON.valueToTree(json);
    }

    @Override
    public tools.jackson.databind.JsonNode listSources(String workspace) throws CliException {
        return JSON.valueToTree(comptoir.sources().list(existing(workspace)).stream().map(comptoir.sources()::json).toList());
    }

    @Override
    public tools.jackson.databind.JsonNode changeSource(String workspace, long id, tools.jackson.databind.JsonNode patch)
            throws CliException {
        String ws = existing(workspace);
        return JSON.valueToTree(comptoir.sources().json(admin(() -> comptoir.sources().update(ws, id, patch))));
    }

    @Override
    public boolean removeSource(String workspace, long id) throws CliException {
        return comptoir.sources().remove(existing(workspace), id);
    }

    static TokenRow row(PersonalToken t, String value) {
        return new TokenRow(t.id(), t.name(), t.createdAt().toString(), text(t.expiresAt()), text(t.revokedAt()),
                text(t.lastUsedAt()), value);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Runs an administrative use case; its refusals (bad name, unknown user…) become exit code 2. */
    private static <T> T admin(Work<T> work) throws CliException {
        try {
            return work.get();
        } catch (IllegalArgumentException | NoSuchElementException | IllegalStateException e) {
            throw new CliException(e.getMessage(), CliErrors.BAD_INPUT);
        }
    }

    /** A use case that may refuse with an exception (and may need {@link #existing}). */
    @FunctionalInterface
    private interface Work<T> {
        T get() throws CliException;
    }

    private TopicRow row(Topic topic) {
        return new TopicRow(topic.name(), topic.query(), comptoir.topics().mentions(topic.workspace(), topic.name()));
    }

    static String preview(byte[] raw) {
        if (raw == null) {
            return "";
        }
        String text = new String(raw, 0, Math.min(raw.length, 120), StandardCharsets.UTF_8)
                .replaceAll("\\p{Cntrl}", " ");
        return raw.length > 120 ? text + "…" : text;
    }

    @Override
    public String gdprErase(String workspace, String author) throws CliException {
        try {
            var report = comptoir.erasure().eraseAuthor(existing(workspace), org.comptoir.contact.Identity.parse(author));
            return JSON.writeValueAsString(org.comptoir.contact.ContactViews.erasure(report));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CliErrors.BAD_INPUT);
        }
    }

    @Override
    public String inboxList(String workspace, Map<String, String> filters) throws CliException {
        try {
            var inbox = comptoir.inbox();
            return JSON.writeValueAsString(org.comptoir.inbox.InboxViews.page(
                    inbox.list(existing(workspace), org.comptoir.inbox.InboxQuery.from(filters))));
        } catch (QuerySyntaxException e) {
            throw CliErrors.badQuery(e);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CliErrors.BAD_INPUT);
        }
    }

    @Override
    public String inboxShow(String workspace, long id) throws CliException {
        try {
            return JSON.writeValueAsString(org.comptoir.inbox.InboxViews.detail(comptoir.inbox().get(existing(workspace), id)));
        } catch (NoSuchElementException e) {
            throw new CliException(e.getMessage(), CliErrors.BAD_INPUT);
        }
    }

    @Override
    public String inboxUpdate(String workspace, long id, String assignee, String status) throws CliException {
        try {
            var change = new org.comptoir.inbox.ConversationChange(status == null ? null
                    : org.comptoir.inbox.ConversationStatus.fromLabel(status), null, null, null, assignee, null, null);
            return JSON.writeValueAsString(org.comptoir.inbox.InboxViews.conversation(
                    comptoir.inbox().update(existing(workspace), id, change)));
        } catch (NoSuchElementException | IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CliErrors.BAD_INPUT);
        }
    }

    @Override
    public String inboxReply(String workspace, long id, String text) throws CliException {
        try {
            var inbox = comptoir.inbox();
            long reply = inbox.reply(existing(workspace), id, text, null).id();
            inbox.sendDueReplies();
            var sent = inbox.get(workspace, id).replies().stream().filter(r -> r.id() == reply).findFirst().orElseThrow();
            return JSON.writeValueAsString(org.comptoir.inbox.InboxViews.reply(sent));
        } catch (NoSuchElementException | IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CliErrors.BAD_INPUT);
        }
    }

    @Override
    public int inboxBackfill(String workspace) throws CliException {
        return comptoir.inbox().backfill(existing(workspace));
    }

    @Override
    public String teams(String workspace) throws CliException {
        return JSON.writeValueAsString(Map.of("teams", comptoir.teams().list(existing(workspace)).stream()
                .map(org.comptoir.team.TeamJson::view).toList()));
    }

    @Override
    public String team(String workspace, String name) throws CliException {
        return JSON.writeValueAsString(org.comptoir.team.TeamJson.view(comptoir.teams().find(existing(workspace), name)
                .orElseThrow(() -> new CliException("no team '" + name + "'", CliErrors.BAD_INPUT))));
    }

    @Override
    public String saveTeam(String workspace, String name, tools.jackson.databind.JsonNode body, boolean create) throws CliException {
        String ws = existing(workspace);
        var request = JSON.treeToValue(body, org.comptoir.team.TeamJson.Request.class);
        String asName = create ? request.name() : name;
        if (create && asName != null && comptoir.teams().find(ws, asName.strip()).isPresent()) {
            throw new CliException("team '" + asName.strip() + "' exists already", CliErrors.BAD_INPUT);
        }
        return JSON.writeValueAsString(org.comptoir.team.TeamJson.view(admin(() ->
                comptoir.teams().save(request.team(ws, asName == null ? null : asName.strip())))));
    }

    @Override
    public boolean removeTeam(String workspace, String name) throws CliException {
        return comptoir.teams().delete(existing(workspace), name);
    }

    @Override
    public String routingRules(String workspace) throws CliException {
        return JSON.writeValueAsString(Map.of("rules", comptoir.routing().rules(existing(workspace)).stream()
                .map(org.comptoir.inbox.RoutingJson::view).toList()));
    }

    @Override
    public String addRoutingRule(String workspace, tools.jackson.databind.JsonNode body) throws CliException {
        String ws = existing(workspace);
        var rule = admin(() -> JSON.treeToValue(body, org.comptoir.inbox.RoutingJson.Request.class).rule(0, ws));
        return JSON.writeValueAsString(org.comptoir.inbox.RoutingJson.view(admin(() -> {
            try {
                return comptoir.routing().create(rule);
            } catch (QuerySyntaxException e) {
                throw CliErrors.badQuery(e);
            }
        })));
    }

    @Override
    public boolean removeRoutingRule(String workspace, long id) throws CliException {
        return comptoir.routing().delete(existing(workspace), id);
    }

    @Override
    public String routingDryRun(String workspace, tools.jackson.databind.JsonNode body) throws CliException {
        String ws = existing(workspace);
        var rule = admin(() -> JSON.treeToValue(body, org.comptoir.inbox.RoutingJson.Request.class).rule(0, ws));
        return JSON.writeValueAsString(org.comptoir.inbox.RoutingJson.dryRunView(admin(() -> {
            try {
                return comptoir.routing().dryRun(rule);
            } catch (QuerySyntaxException e) {
                throw CliErrors.badQuery(e);
            }
        })));
    }

    @Override
    public void close() {
        Actor.clear();
        comptoir.close();
    }
}
