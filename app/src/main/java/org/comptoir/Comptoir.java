package org.comptoir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.comptoir.correction.CorrectionRepository;
import org.comptoir.correction.Corrections;
import org.comptoir.enrich.Enricher;
import org.comptoir.ingest.Importer;
import org.comptoir.ingest.QuarantineRepository;
import org.comptoir.pipeline.Pipelines;
import org.comptoir.search.PostSearch;
import org.comptoir.sql.Database;
import org.comptoir.topic.TopicCatalog;
import org.comptoir.topic.TopicRepository;
import org.comptoir.workspace.Workspace;
import org.comptoir.workspace.WorkspaceRepository;

/**
 * Composition root of the embedded default: opens a data directory (H2 file + one Lucene index per
 * workspace) and wires the features. The CLI uses it directly; {@code serve} exposes it as Spring beans.
 */
public final class Comptoir implements AutoCloseable {
    private final Path dataDir;
    private final Database database;
    private final WorkspaceRepository workspaces;
    private final TopicCatalog topics;
    private final Pipelines pipelines;
    private final QuarantineRepository quarantine;
    private final Importer importer;
    private final PostSearch search;
    private final Corrections corrections;

    private Comptoir(Path dataDir, Enricher enricher, Clock clock) {
        this.dataDir = dataDir;
        this.database = Database.h2(dataDir);
        this.workspaces = new WorkspaceRepository(database.dataSource(), clock);
        TopicRepository topicRepository = new TopicRepository(database.dataSource());
        this.pipelines = new Pipelines(dataDir, topicRepository, enricher);
        this.topics = new TopicCatalog(topicRepository, pipelines, clock);
        this.quarantine = new QuarantineRepository(database.dataSource());
        this.importer = new Importer(pipelines, quarantine, clock);
        this.search = new PostSearch(pipelines, topics);
        this.corrections = new Corrections(pipelines,
                new CorrectionRepository(database.dataSource()), clock);
    }

    public static Comptoir open(Path dataDir) {
        return open(dataDir, Enricher.none(), Clock.systemUTC());
    }

    public static Comptoir open(Path dataDir, Enricher enricher, Clock clock) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        return new Comptoir(dataDir, enricher, clock);
    }

    /** Returns the workspace's name after making sure it exists (workspaces are created on first use). */
    public String useWorkspace(String name) {
        workspaces.ensure(name, name, null);
        return name;
    }

    public List<Workspace> listWorkspaces() {
        return workspaces.list();
    }

    public boolean hasWorkspace(String name) {
        return workspaces.find(name).isPresent();
    }

    public DataSource dataSource() {
        return database.dataSource();
    }

    public Path dataDir() {
        return dataDir;
    }

    public WorkspaceRepository workspaces() {
        return workspaces;
    }

    public TopicCatalog topics() {
        return topics;
    }

    public Pipelines pipelines() {
        return pipelines;
    }

    public QuarantineRepository quarantine() {
        return quarantine;
    }

    public Importer importer() {
        return importer;
    }

    public PostSearch search() {
        return search;
    }

    public Corrections corrections() {
        return corrections;
    }

    @Override
    public void close() {
        pipelines.close();
        database.close();
    }
}
