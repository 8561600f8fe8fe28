package org.comptoir.topic;

import org.comptoir.store.PostQuery;
import org.comptoir.store.SearchPage;

/**
 * A workspace's stored posts as the topic feature reads them: mention counts, previews of a draft
 * query. The pipeline's index answers (the pipeline depends on topics, so topics only see this port).
 */
public interface StoredPosts {
    long count(String workspace, PostQuery query);

    SearchPage search(String workspace, PostQuery query);
}
