package org.comptoir.workspace.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Post;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the fictional demo workspace the first time Comptoir serves a data directory without one. */
public final class DemoLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
    private static final int BATCH = 2_000;

    private DemoLoader() {
    }

    /** Returns the number of posts loaded, 0 when the demo workspace already existed. */
    public static int loadIfAbsent(Comptoir comptoir) {
        if (comptoir.workspaces().find(Workspace.DEMO).isPresent()) {
            return 0;
        }
        long started = System.nanoTime();
        DemoDataset dataset = new DemoDatasetGenerator(DemoDatasetGenerator.DEFAULT_SEED, LocalDate.now(ZoneOffset.UTC)).generate();
        for (DemoTopic topic : dataset.topics()) {
            try {
                comptoir.topics().save(ensure(comptoir), topic.name(), topic.query(), topic.description());
            } catch (QuerySyntaxException e) {
                throw new IllegalStateException("demo topic '" + topic.name() + "' does not parse: " + e.getMessage(), e);
            }
        }
        Pipeline pipeline = comptoir.pipelines().get(Workspace.DEMO);
        List<Post> posts = dataset.posts();
        for (int start = 0; start < posts.size(); start += BATCH) {
            pipeline.process(posts.subList(start, Math.min(posts.size(), start + BATCH)));
        }
        pipeline.commit();
        LOG.info("Loaded the demo workspace: {} fictional posts, {} topics in {} ms", posts.size(), dataset.topics().size(),
                (System.nanoTime() - started) / 1_000_000);
        return posts.size();
    }

    private static String ensure(Comptoir comptoir) {
        comptoir.workspaces().ensure(Workspace.DEMO, "Démo (données fictives)",
                "Fictional demo data / données fictives de démonstration");
        return Workspace.DEMO;
    }
}
