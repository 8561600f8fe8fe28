package org.comptoir.store;

import java.util.List;

/**
 * One page of posts, newest first.
 *
 * @param total      number of posts matching the query in all pages
 * @param posts      this page
 * @param nextCursor cursor for the next page, null on the last page
 */
public record SearchPage(long total, List<StoredPost> posts, String nextCursor) {
    public SearchPage {
        posts = List.copyOf(posts);
    }
}
