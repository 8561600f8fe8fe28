package org.comptoir.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import org.comptoir.ingest.ImportFormat;
import org.comptoir.ingest.ImportSummary;
import org.comptoir.search.PostSearch;

/**
 * What CLI commands need from Comptoir. {@link LocalBackend} opens the data directory itself;
 * {@link RemoteBackend} goes through the API of a {@code serve} already running on that directory
 * (Lucene and H2 allow one writer process), so users can import while the app is open.
 */
interface CliBackend extends AutoCloseable {

    ImportSummary importFile(String workspace, Path file, ImportFormat format, Map<String, String> columnMap,
                             java.util.function.Consumer<ImportSummary> progress) throws CliException;

    /**
     * Imports a file with {@code --network} (the network of a CSV/XLSX file without one; null for none); progress,
     * when given, hears the counts after each durable commit, locally or from the server's import job.
     */
    default ImportSummary importFile(String workspace, Path file, ImportFormat format, Map<String, String> columnMap,
                                     String network, java.util.function.Consumer<ImportSummary> progress) throws CliException {
        if (network != null) {
            throw new CliException("--network is not supported by this backend", CliErrors.BAD_INPUT);
        }
        return importFile(workspace, file, format, columnMap, progress);
    }

    /** Posts as native JSON lines (with topics and enrichment) and the total. */
    SearchResult search(String workspace, PostSearch.Request request) throws CliException;

    long count(String workspace, PostSearch.Request request) throws CliException;

    TopicRow addTopic(String workspace, String name, String query) throws CliException;

    List<TopicRow> listTopics(String workspace) throws CliException;

    boolean removeTopic(String workspace, String name) throws CliException;

    List<QuarantineRow> listQuarantine(String workspace, int limit) throws CliException;

    /** Corrections as training lines ({@code sentiment} or {@code intent}). */
    List<String> exportCorrections(String workspace, String kind) throws CliException;

    /** The report of a period ({@code period} and the search filters in {@code params}) as a PDF, in {@code language} (fr or en). */
    byte[] reportPdf(String workspace, Map<String, String> params, String language) throws CliException;

    /** An analytics figure as the API answers it: JSON, or its rows as CSV when {@code csv}. */
    String analytics(String workspace, String figure, Map<String, String> params, boolean csv) throws CliException;

    /** {@code GET /api/v1/alerts/{what}} ({@code replay}, {@code rules} or the alerts for an empty {@code what}) as its JSON answer. */
    String alerts(String workspace, String what, Map<String, String> params) throws CliException;

    /**
     * The workspace's report schedule ({@code GET|PUT|DELETE /api/v1/reports/schedule}; {@code body} holds the PUT's fields) as its
     * JSON answer ({@code {}} after a removal).
     */
    String reportSchedule(String workspace, String method, Map<String, Object> body) throws CliException;

    /** Streams every matching post ({@code csv} or {@code jsonl}) to {@code out}. */
    void export(String workspace, Map<String, String> params, String format, java.io.OutputStream out) throws CliException;

    // sources: answers are the API's JSON ({@code sources.Sources#json}), the same locally and remotely

    /** Adds a source; the answer carries {@code secret} once when a webhook secret was generated. */
    tools.jackson.databind.JsonNode addSource(String workspace, tools.jackson.databind.JsonNode request) throws CliException;

    tools.jackson.databind.JsonNode listSources(String workspace) throws CliException;

    tools.jackson.databind.JsonNode changeSource(String workspace, long id, tools.jackson.databind.JsonNode patch) throws CliException;

    boolean removeSource(String workspace, long id) throws CliException;
    // the inbox: the API's JSON, whichever backend answers

    /** {@code GET /api/v1/conversations} with these filters. */
    String inboxList(String workspace, Map<String, String> filters) throws CliException;

    /** {@code GET /api/v1/conversations/{id}}. */
    String inboxShow(String workspace, long id) throws CliException;

    /** {@code PATCH /api/v1/conversations/{id}} with {@code assignee} and/or {@code status} (null: unchanged). */
    String inboxUpdate(String workspace, long id, String assignee, String status) throws CliException;

    /** {@code POST /api/v1/gdpr/erase} of one author ({@code NETWORK:HANDLE}): the counts erased, as JSON. */
    String gdprErase(String workspace, String author) throws CliException;

    /** {@code POST /api/v1/conversations/{id}/reply}; the reply as queued (or already sent, when this process sent it). */
    String inboxReply(String workspace, long id, String text) throws CliException;

    /** Threads the workspace's stored posts into conversations; returns the posts newly threaded. */
    int inboxBackfill(String workspace) throws CliException;

    // teams and routing rules: the API's JSON, whichever backend answers

    /** {@code GET /api/v1/teams}. */
    String teams(String workspace) throws CliException;

    /** {@code GET /api/v1/teams/{name}}. */
    String team(String workspace, String name) throws CliException;

    /** {@code POST /api/v1/teams} ({@code create}) or {@code PUT /api/v1/teams/{name}} with this body. */
    String saveTeam(String workspace, String name, JsonNode body, boolean create) throws CliException;

    /** {@code DELETE /api/v1/teams/{name}}; false when there is no such team. */
    boolean removeTeam(String workspace, String name) throws CliException;

    /** {@code GET /api/v1/routing/rules}. */
    String routingRules(String workspace) throws CliException;

    /** {@code POST /api/v1/routing/rules}. */
    String addRoutingRule(String workspace, JsonNode body) throws CliException;

    /** {@code DELETE /api/v1/routing/rules/{id}}; false when there is no such rule. */
    boolean removeRoutingRule(String workspace, long id) throws CliException;

    /** {@code POST /api/v1/routing/rules/dry-run}: what the rule would do to the existing conversations. */
    String routingDryRun(String workspace, JsonNode body) throws CliException;

    // workspaces, users, roles, tokens, audit: what an administrator does (the local CLI is one)

    WorkspaceRow createWorkspace(String name, String label, String zone) throws CliException;

    List<WorkspaceRow> listWorkspaces() throws CliException;

    void addUser(String name, String password, boolean admin) throws CliException;

    List<UserRow> listUsers() throws CliException;

    void changePassword(String name, String password) throws CliException;

    void removeUser(String name) throws CliException;

    /** Grants a role in a workspace; {@code role} {@code none} revokes it. */
    void grant(String user, String workspace, String role) throws CliException;

    TokenRow createToken(String user, String name, Integer expiresInDays) throws CliException;

    List<TokenRow> listTokens(String user) throws CliException;

    void revokeToken(String user, String id) throws CliException;

    /** The audit log as CSV (with its header), of one workspace or, when {@code workspace} is null, all of it. */
    String auditCsv(String workspace, int limit) throws CliException;

    @Override
    void close();

    record WorkspaceRow(String name, String label, String role) {
    }

    record UserRow(String name, boolean admin, Map<String, String> roles) {
    }

    /** {@code value} is the bearer token, present only in the answer to its creation. */
    record TokenRow(String id, String name, String createdAt, String expiresAt, String revokedAt, String lastUsedAt, String value) {
    }

    record SearchResult(long total, List<String> jsonLines, String nextCursor) {
    }

    record TopicRow(String name, String query, long mentions) {
    }

    record QuarantineRow(String source, long line, long offset, String reason, String rawPreview, String receivedAt) {
    }
}
