package org.comptoir.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.comptoir.post.Post;
import org.comptoir.store.StoredPost;

/**
 * Turns newly stored posts into conversations. A post opens one when it mentions or answers one of the workspace's
 * own accounts, or matches a topic marked engage; a post answering a post of a conversation joins it (the
 * {@code in_reply_to} chain), as does the author's new post within {@link InboxConfig#joinWindow}. Posts of the own
 * accounts join as outgoing messages (the brand's answers). Idempotent: a post already in a timeline is skipped.
 */
final class Threader {
    private final ConversationRepository repository;
    private final Function<String, Set<String>> ownHandles;
    private final Function<String, Set<String>> engageTopics;
    private final BiFunction<String, String, Optional<Post>> storedPost;
    private final InboxConfig config;
    private final Clock clock;

    Threader(ConversationRepository repository, Function<String, Set<String>> ownHandles,
             Function<String, Set<String>> engageTopics, BiFunction<String, String, Optional<Post>> storedPost,
             InboxConfig config, Clock clock) {
        this.repository = repository;
        this.ownHandles = ownHandles;
        this.engageTopics = engageTopics;
        this.storedPost = storedPost;
        this.config = config;
        this.clock = clock;
    }

    /** Threads the posts (any order: they are taken by time); returns how many joined or opened a conversation. */
    int thread(String workspace, List<StoredPost> posts) {
        Set<String> own = ownHandles.apply(workspace);
        Set<String> engage = engageTopics.apply(workspace);
        List<StoredPost> byTime = posts.stream().sorted(Comparator.comparing((StoredPost p) -> p.post().createdAt())).toList();
        Map<String, Long> known = new HashMap<>(repository.conversationsOf(workspace,
                byTime.stream().map(p -> p.post().inReplyTo()).filter(java.util.Objects::nonNull).toList()));
        Map<String, Post> batch = new HashMap<>();
        byTime.forEach(p -> batch.put(p.post().id(), p.post()));
        int threaded = 0;
        for (StoredPost stored : byTime) {
            Post post = stored.post();
            boolean fromUs = isOwn(own, post.author().handle());
            Long conversation = post.inReplyTo() == null ? null : known.get(post.inReplyTo());
            if (conversation == null && !fromUs && opens(workspace, stored, own, engage, batch)) {
                conversation = repository.openOf(workspace, post.network().name(), handleOf(post),
                                post.createdAt().minus(config.joinWindow()))
                        .map(Conversation::id).orElseGet(() -> repository.insert(draft(workspace, post)));
            }
            if (conversation != null && add(workspace, conversation, post, fromUs)) {
                known.put(post.id(), conversation);
                threaded++;
            }
        }
        repository.resolveQuiet(workspace, clock.instant().minus(config.quietAfter()), clock.instant(),
                "resolved: no new message for " + config.quietAfter().toDays() + " days after our answer");
        return threaded;
    }

    private boolean opens(String workspace, StoredPost stored, Set<String> own, Set<String> engage, Map<String, Post> batch) {
        Post post = stored.post();
        if (stored.topics().stream().anyMatch(engage::contains) || mentions(post.text(), own)) {
            return true;
        }
        if (post.inReplyTo() == null || own.isEmpty()) {
            return false;
        }
        Post parent = batch.get(post.inReplyTo());
        if (parent == null) {
            parent = storedPost.apply(workspace, post.inReplyTo()).orElse(null);
        }
        return parent != null && isOwn(own, parent.author().handle());
    }

    private boolean add(String workspace, long id, Post post, boolean fromUs) {
        TimelineItem.Kind kind = fromUs ? TimelineItem.Kind.OUTGOING : TimelineItem.Kind.INCOMING;
        if (!repository.addItem(workspace, id, kind, post.id(), post.author().handle(), post.author().name(), post.text(),
                post.url(), post.createdAt())) {
            return false;
        }
        Conversation c = repository.find(workspace, id).orElseThrow();
        Instant at = post.createdAt();
        Instant last = c.lastMessageAt().isAfter(at) ? c.lastMessageAt() : at;
        if (fromUs) {
            boolean answered = c.waitingSince() != null && !at.isBefore(c.waitingSince());
            ConversationStatus status = c.status() == ConversationStatus.OPEN && answered ? ConversationStatus.PENDING : c.status();
            repository.save(with(c, status, last, answered ? null : c.waitingSince(),
                    c.firstResponseAt() == null && answered ? at : c.firstResponseAt(), c.resolvedAt()));
        } else {
            boolean reopen = c.status() == ConversationStatus.PENDING || c.status() == ConversationStatus.RESOLVED;
            repository.save(with(c, reopen ? ConversationStatus.OPEN : c.status(), last,
                    c.waitingSince() == null ? at : c.waitingSince(), c.firstResponseAt(), reopen ? null : c.resolvedAt()));
        }
        return true;
    }

    private static Conversation with(Conversation c, ConversationStatus status, Instant last, Instant waiting,
                                     Instant firstResponse, Instant resolved) {
        return new Conversation(c.id(), c.workspace(), status, c.snoozedUntil(), c.priority(), c.team(), c.assignee(),
                c.tags(), c.network(), c.authorHandle(), c.authorName(), c.rootPost(), c.subject(), c.intent(), c.sentiment(),
                c.openedAt(), last, waiting, firstResponse, resolved);
    }

    private static Conversation draft(String workspace, Post post) {
        String intent = post.analysis() == null || post.analysis().intent() == null ? null : post.analysis().intent().label();
        String sentiment = post.analysis() == null || post.analysis().sentiment() == null ? null : post.analysis().sentiment().label();
        Priority priority = "churn_risk".equals(intent) || "complaint".equals(intent) && "negative".equals(sentiment)
                ? Priority.HIGH : Priority.NORMAL;
        String subject = (post.title() != null && !post.title().isBlank() ? post.title() + " — " : "") + post.text();
        return new Conversation(0, workspace, ConversationStatus.OPEN, null, priority, null, null, List.of(),
                post.network().name(), handleOf(post), post.author().name(), post.id(), subject.strip(), intent, sentiment,
                post.createdAt(), post.createdAt(), null, null, null);
    }

    static String handleOf(Post post) {
        return post.author().handle() != null ? post.author().handle() : post.author().id();
    }

    /** Whether {@code handle} is one of the own accounts (kept lower case, without a leading {@code @}). */
    static boolean isOwn(Set<String> own, String handle) {
        if (handle == null || own.isEmpty()) {
            return false;
        }
        String h = handle.strip().toLowerCase(Locale.ROOT);
        return own.contains(h.startsWith("@") ? h.substring(1) : h);
    }

    /** Whether the text names an own account ({@code @handle}, or {@code u/name} on Reddit) as a whole word. */
    static boolean mentions(String text, Set<String> own) {
        if (own.isEmpty() || text.indexOf('@') < 0 && !text.contains("u/")) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String handle : own) {
            String wanted = handle.startsWith("u/") ? handle : "@" + handle;
            for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
                int end = at + wanted.length();
                boolean startOk = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
                boolean endOk = end == lower.length() || !(Character.isLetterOrDigit(lower.charAt(end)) || lower.charAt(end) == '_'
                        || lower.charAt(end) == '@' && end + 1 < lower.length() && Character.isLetterOrDigit(lower.charAt(end + 1)));
                if (startOk && endOk) {
                    return true;
                }
            }
        }
        return false;
    }
}
