package org.comptoir.post;

/**
 * The public account that wrote a post. Every field may be null except that a post always has an
 * author object (possibly {@link #UNKNOWN}).
 *
 * @param id        the network's stable account id, when known
 * @param handle    the handle as the network shows it ({@code @marie@piaille.fr}, {@code @sncf})
 * @param name      display name
 * @param followers follower count at the time the post was seen, null when unknown
 */
public record Author(String id, String handle, String name, Long followers) {
    public static final Author UNKNOWN = new Author(null, null, null, null);
}
