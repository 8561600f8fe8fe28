package org.comptoir.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.comptoir.post.Post;
import org.comptoir.query.QueryNode;

/**
 * Another system that {@code bench ingest} races on the same posts and topics: it matches each post against the
 * topics and stores it, timed. The OpenSearch peer lives in the {@code benchmarks} module (never in the product
 * jar) and is found through {@link ServiceLoader}; with the plain jar there is none and the bench says so.
 */
public interface IngestPeer extends AutoCloseable {
    /** The system's name and version, as printed ({@code OpenSearch 2.19.1}). */
    String name();

    /**
     * Matches and stores every post (after a warm-up pass of its own), printing what it does on {@code out}.
     *
     * @param topics topic name → parsed query, in file order
     */
    Result run(List<Post> posts, Map<String, QueryNode> topics, int batchSize, PrintStream out) throws Exception;

    /**
     * @param postsPerSecond the timed pass, matching and storing included
     * @param matches for each post in order, the names of the topics it matched
     * @param untranslated topics the peer could not express, name → why; they are left out of the comparison
     */
    record Result(double postsPerSecond, List<Set<String>> matches, Map<String, String> untranslated) {
    }

    @Override
    void close() throws Exception;

    /** The peer on the class path, if any (the benchmarks module registers the OpenSearch one). */
    static Optional<IngestPeer> find() {
        return ServiceLoader.load(IngestPeer.class).findFirst();
    }
}
