package org.comptoir.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.comptoir.post.Post;
import org.comptoir.store.StoredPost;

/**
 * Whether a rule's conditions hold for a conversation, and what its actions would change, in words. Pure: the facts
 * (the opening post, the author's pyramid level, which opening posts the rule's query matches) are handed in.
 */
final class Router {
    private Router() {
    }

    /**
     * What routing knows of a conversation: the conversation, its opening post (null when not in the index any more),
     * the author's level and the tags of the author's contact (both asked only when a rule needs them).
     */
    record Facts(Conversation conversation, StoredPost root, Supplier<Optional<String>> level, Supplier<List<String>> contactTags) {
        Facts(Conversation conversation, StoredPost root, Supplier<Optional<String>> level) {
            this(conversation, root, level, List::of);
        }
    }

    static boolean matches(RoutingRule.Conditions when, Facts facts, Set<String> queryMatches) {
        Conversation c = facts.conversation();
        Post post = facts.root() == null ? null : facts.root().post();
        if (!when.topic().isEmpty() && (facts.root() == null || facts.root().topics().stream().noneMatch(when.topic()::contains))) {
            return false;
        }
        if (!anyOf(when.intent(), c.intent()) || !anyOf(when.sentiment(), c.sentiment()) || !anyOf(when.network(), c.network())) {
            return false;
        }
        if (!when.language().isEmpty() && (post == null || !when.language().contains(post.effectiveLang()))) {
            return false;
        }
        if (!when.tags().isEmpty() && c.tags().stream().noneMatch(when.tags()::contains)) {
            return false;
        }
        if (when.query() != null && (queryMatches == null || !queryMatches.contains(c.rootPost()))) {
            return false;
        }
        if (!when.contactTags().isEmpty() && facts.contactTags().get().stream()
                .noneMatch(t -> when.contactTags().contains(t.toLowerCase(java.util.Locale.ROOT)))) {
            return false;
        }
        return when.authorLevel().isEmpty() || facts.level().get().map(when.authorLevel()::contains).orElse(false);
    }

    private static boolean anyOf(List<String> wanted, String value) {
        return wanted.isEmpty() || value != null && wanted.contains(value);
    }

    /** The actions as the dry-run and the timeline say them. */
    static List<String> describe(RoutingRule.Actions then) {
        List<String> out = new ArrayList<>();
        if (then.team() != null) {
            out.add("team → " + then.team());
        }
        if (then.assign() != null) {
            out.add("assign (" + then.assign() + ")");
        }
        if (then.priority() != null) {
            out.add("priority → " + then.priority());
        }
        if (!then.tags().isEmpty()) {
            out.add("tags + " + String.join(", ", then.tags()));
        }
        if (Boolean.TRUE.equals(then.spam())) {
            out.add("spam");
        }
        if (Boolean.TRUE.equals(then.resolve()) || Boolean.TRUE.equals(then.spam())) {
            out.add("resolve");
        }
        return out;
    }
}
