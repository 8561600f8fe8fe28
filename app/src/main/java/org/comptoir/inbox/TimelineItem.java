package org.comptoir.inbox;

import java.time.Instant;
import java.util.Locale;

/**
 * One item of a conversation's timeline (a Message in the glossary).
 *
 * @param kind       incoming post, outgoing reply, internal note, or event (status, assignment…)
 * @param postId     the post it is, for incoming and outgoing items seen on the network; null otherwise
 * @param author     a handle (posts) or a user name (notes, events, replies written here)
 * @param body       the text (untrusted for posts: always escaped); for an event, what changed
 */
public record TimelineItem(long id, Kind kind, String postId, String author, String authorName, String body, String url,
                           Instant at) {

    public enum Kind {
        INCOMING, OUTGOING, NOTE, EVENT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
