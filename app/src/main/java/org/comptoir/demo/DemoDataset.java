package org.comptoir.demo;

import java.util.List;
import org.comptoir.post.Post;

/**
 * The demo workspace's content: its posts, oldest first, and its saved topics.
 *
 * @param posts  every post, sorted by creation time then id; replies always come after their parent
 * @param topics the topics to save in the {@code demo} workspace
 */
public record DemoDataset(List<Post> posts, List<DemoTopic> topics) {
    public DemoDataset {
        posts = List.copyOf(posts);
        topics = List.copyOf(topics);
    }
}
