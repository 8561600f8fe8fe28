package org.comptoir.pipeline;

import java.util.List;
import org.comptoir.store.StoredPost;

/**
 * New posts of a workspace became durable (published after each commit that covers them, in commit
 * order). The dashboard, alerts and inbox subscribe; a listener must be quick or hand work off.
 */
public record PostsIndexed(String workspace, List<StoredPost> posts) {
}
