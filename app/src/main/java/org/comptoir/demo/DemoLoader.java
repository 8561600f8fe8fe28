package org.comptoir.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.comptoir.analytics.Employees;
import org.comptoir.pipeline.Pipelines;
import org.comptoir.post.Network;
import org.comptoir.topic.TopicCatalog;
import org.comptoir.workspace.Workspaces;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Post;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the fictional demo workspace the first time Comptoir serves a data directory. A marker file is
 * written once every post is committed, so a load cut short (the process stopped or killed while
 * loading) is completed on the next start: posts already stored count as duplicates, topics the user
 * already has are left as they are.
 */
public final class DemoLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
    static final String MARKER = "demo-loaded";

    private final Path dataDir;
    private final Workspaces workspaces;
    private final TopicCatalog topics;
    private final Pipelines pipelines;
    private final Employees employees;

    public DemoLoader(Path dataDir, Workspaces workspaces, TopicCatalog topics, Pipelines pipelines, Employees employees) {
        this.dataDir = dataDir;
        this.workspaces = workspaces;
        this.topics = topics;
        this.pipelines = pipelines;
        this.employees = employees;
    }

    /** Returns the number of posts newly stored, 0 when the demo workspace was already complete. */
    public int loadIfAbsent() {
        Instant now = Instant.now();
        return loadIfAbsent(() -> endingBy(new DemoDatasetGenerator(DemoDatasetGenerator.DEFAULT_SEED,
                LocalDate.ofInstant(now, ZoneOffset.UTC)).generate(), now));
    }

    /**
     * The dataset moved back in time just enough that no post is dated after {@code now}: the generator
     * fills its last day to midnight, and a post from later today would look like a clock error.
     */
    static DemoDataset endingBy(DemoDataset dataset, Instant now) {
        Instant latest = dataset.posts().stream().map(Post::createdAt).max(Instant::compareTo).orElse(now);
        if (!latest.isAfter(now)) {
            return dataset;
        }
        Duration shift = Duration.between(now, latest).plusMinutes(1);
        List<Post> moved = dataset.posts().stream()
                .map(p -> new Post(p.id(), p.network(), p.url(), p.author(), p.text(), p.title(), p.lang(),
                        p.createdAt().minus(shift), p.inReplyTo(), p.metrics(), p.raw(), p.analysis()))
                .toList();
        return new DemoDataset(moved, dataset.topics());
    }

    int loadIfAbsent(Supplier<DemoDataset> source) {
        Path marker = marker();
        if (workspaces.exists(Workspace.DEMO) && Files.exists(marker)) {
            return 0;
        }
        long started = System.nanoTime();
        LOG.info("Loading the fictional demo workspace (first start of this data directory)…");
        DemoDataset dataset = source.get();
        String workspace = ensure();
        for (DemoTopic topic : dataset.topics()) {
            if (topics.find(workspace, topic.name()).isEmpty()) {
                save(workspace, topic);
            }
        }
        if (employees.list(workspace).isEmpty()) {
            employees.replace(workspace, staffHandles());
        }
        Pipeline pipeline = pipelines.get(workspace);
        List<Post> posts = dataset.posts();
        int stored = 0;
        for (int start = 0; start < posts.size(); start += Pipeline.PREFERRED_BATCH) {
            int end = Math.min(posts.size(), start + Pipeline.PREFERRED_BATCH);
            stored += pipeline.process(posts.subList(start, end)).indexed();
        }
        pipeline.commit();
        writeMarker(marker);
        LOG.info("Loaded the demo workspace: {} fictional posts ({} new), {} topics in {} ms", posts.size(), stored,
                dataset.topics().size(), (System.nanoTime() - started) / 1_000_000);
        return stored;
    }

    /**
     * The official accounts of the demo's own brands (not the competitors'), marked as the workspace's staff:
     * they speak for the brand, so the engagement pyramid counts them apart.
     */
    static List<String> staffHandles() {
        List<String> handles = new java.util.ArrayList<>();
        for (DemoBrand brand : DemoWorld.BRANDS) {
            if (!brand.competitor()) {
                for (Network network : List.of(Network.X, Network.MASTODON, Network.BLUESKY, Network.REDDIT, Network.REVIEW)) {
                    handles.add(brand.officialHandle(network));
                }
            }
        }
        return handles;
    }

    private void save(String workspace, DemoTopic topic) {
        try {
            topics.save(workspace, topic.name(), topic.query(), topic.description(), topic.kind(), topic.engage());
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException("demo topic '" + topic.name() + "' does not parse: " + e.getMessage(), e);
        }
    }

    private Path marker() {
        return dataDir.resolve("workspaces").resolve(Workspace.DEMO).resolve(MARKER);
    }

    private static void writeMarker(Path marker) {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "complete\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
    }

    private String ensure() {
        workspaces.createIfAbsent(Workspace.DEMO, "Démo (données fictives)",
                "Fictional demo data / données fictives de démonstration");
        return Workspace.DEMO;
    }
}
