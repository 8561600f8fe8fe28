package org.comptoir.enrich;

import java.util.List;
import java.util.function.Function;
import org.comptoir.post.Analysis;
import org.comptoir.post.Post;

/**
 * The enrichment stage of the pipeline: gives every post its {@link Analysis} (language, sentiment,
 * intent and the evidence for them). Posts that already carry an analysis keep it.
 */
public final class Enricher {
    private final Function<Post, Analysis> analyse;

    public Enricher(Function<Post, Analysis> analyse) {
        this.analyse = analyse;
    }

    /** An enricher that leaves posts as they are (for tests of other stages). */
    public static Enricher none() {
        return new Enricher(post -> post.analysis());
    }

    /** The standard enrichment: language, sentiment and intent models shipped with Comptoir. */
    public static Enricher standard() {
        PostAnalyser analyser = PostAnalyser.loadDefault();
        return new Enricher(post -> analyser.analyse(post.text().isBlank() && post.title() != null
                ? post.title() : post.text(), post.lang()));
    }

    public Post enrich(Post post) {
        if (post.analysis() != null) {
            return post;
        }
        Analysis analysis = analyse.apply(post);
        return analysis == null ? post : post.withAnalysis(analysis);
    }

    /** Enriches a batch on all cores, keeping its order. */
    public List<Post> enrichAll(List<Post> posts) {
        if (posts.size() < 64) {
            return posts.stream().map(this::enrich).toList();
        }
        return posts.parallelStream().map(this::enrich).toList();
    }
}
