package org.comptoir.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.comptoir.Comptoir;
import org.comptoir.ingest.ImportFormat;
import org.comptoir.ingest.ImportOptions;
import org.comptoir.ingest.ImportSummary;
import org.comptoir.ingest.Importer;
import org.comptoir.ingest.NativeJson;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.search.PostSearch;
import org.comptoir.store.PostQuery;
import org.comptoir.store.SearchPage;
import org.comptoir.topic.Topic;

/** Runs commands on a data directory opened in this process. */
final class LocalBackend implements CliBackend {
    private final Comptoir comptoir;

    LocalBackend(Comptoir comptoir) {
        this.comptoir = comptoir;
    }

    @Override
    public ImportSummary importFile(String workspace, Path file, ImportFormat format, Map<String, String> columnMap,
                                    Consumer<ImportSummary> progress) throws CliException {
        try {
            return comptoir.importer().importFile(comptoir.useWorkspace(workspace), file, format,
                    new ImportOptions(columnMap), progress);
        } catch (Importer.ImportFailure e) {
            throw new CliException(e.getMessage());
        }
    }

    @Override
    public SearchResult search(String workspace, PostSearch.Request request) throws CliException {
        try {
            SearchPage page = comptoir.search().search(comptoir.useWorkspace(workspace), request);
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
            return comptoir.search().count(comptoir.useWorkspace(workspace), request);
        } catch (QuerySyntaxException e) {
            throw CliErrors.badQuery(e);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
    }

    @Override
    public TopicRow addTopic(String workspace, String name, String query) throws CliException {
        try {
            Topic topic = comptoir.topics().save(comptoir.useWorkspace(workspace), name, query, null);
            return row(topic);
        } catch (QuerySyntaxException e) {
            throw CliErrors.badQuery(e);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
    }

    @Override
    public List<TopicRow> listTopics(String workspace) {
        return comptoir.topics().list(comptoir.useWorkspace(workspace)).stream().map(this::row).toList();
    }

    @Override
    public boolean removeTopic(String workspace, String name) {
        return comptoir.topics().remove(comptoir.useWorkspace(workspace), name);
    }

    @Override
    public List<QuarantineRow> listQuarantine(String workspace, int limit) {
        return comptoir.quarantine().list(workspace, limit).stream()
                .map(r -> new QuarantineRow(r.source(), r.line(), r.offset(), r.reason(),
                        preview(r.raw()), r.receivedAt().toString()))
                .toList();
    }

    @Override
    public List<String> exportCorrections(String workspace, String kind) throws CliException {
        try {
            return comptoir.corrections().export(comptoir.useWorkspace(workspace),
                    org.comptoir.correction.Corrections.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new CliException("unknown kind '" + kind + "': use sentiment or intent", CliErrors.BAD_INPUT);
        }
    }

    private TopicRow row(Topic topic) {
        long mentions = comptoir.pipelines().get(topic.workspace()).index()
                .count(PostQuery.all().withTopic(topic.name()));
        return new TopicRow(topic.name(), topic.query(), mentions);
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
    public void close() {
        comptoir.close();
    }
}
