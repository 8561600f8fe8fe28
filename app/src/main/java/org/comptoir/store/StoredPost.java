package org.comptoir.store;

import java.util.List;
import java.util.Objects;
import org.comptoir.post.Post;

/**
 * A post as kept in the index, with the topics it matched.
 *
 * @param post   the full post, exactly as indexed
 * @param topics ids of the topics the post matched, in indexing order
 */
public record StoredPost(Post post, List<String> topics) {
    public StoredPost {
        Objects.requireNonNull(post, "post");
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
