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

    /** What a batch did: how many posts joined or opened a conversation, and the conversations it opened. */
    record Threaded(int posts, List<Long> opened) {
    }

    /** Threads the posts (any order: they are taken by time). */
    Threaded thread(String workspace, List<StoredPost> posts) {
        if (posts.isEmpty()) {
            return new Threaded(0, List.of());
        }
        Set<String> own = ownHandles.apply(workspace);
        Set<String> engage = engageTopics.apply(workspace);
        return repository.inOneTransaction(sql -> {
            Batch batch = new Batch(sql, workspace, own, engage);
            int threaded = batch.thread(posts);
            return new Threaded(threaded, List.copyOf(batch.opened));
        });
    }

    /** One batch on one transaction: conversations it touches are kept in memory and written once at the end. */
    private final class Batch {
        private final ConversationRepository sql;
        private final String workspace;
        private final Set<String> own;
        private final Set<String> engage;
        private final Map<String, Long> known = new HashMap<>();
        private final Map<String, Post> batch = new HashMap<>();
        private final Map<Long, Conversation> touched = new java.util.LinkedHashMap<>();
        private final Map<String, Long> latestOfAuthor = new HashMap<>();
        private final List<ConversationRepository.NewItem> items = new java.util.ArrayList<>();
        private final List<Long> opened = new java.util.ArrayList<>();

        Batch(ConversationRepository sql, String workspace, Set<String> own, Set<String> engage) {
            this.sql = sql;
            this.workspace = workspace;
            this.own = own;
            this.engage = engage;
        }

        int thread(List<StoredPost> posts) {
            List<StoredPost> byTime = posts.stream().sorted(Comparator.comparing((StoredPost p) -> p.post().createdAt())).toList();
            List<String> ids = new java.util.ArrayList<>();
            byTime.forEach(p -> {
                batch.put(p.post().id(), p.post());
                ids.add(p.post().id());
                if (p.post().inReplyTo() != null) {
                    ids.add(p.post().inReplyTo());
                }
            });
            known.putAll(sql.conversationsOf(workspace, ids));
            int threaded = 0;
            for (StoredPost stored : byTime) {
                Post post = stored.post();
                if (known.containsKey(post.id())) {
                    continue; // already in a timeline (a backfill run again)
                }
                boolean fromUs = isOwn(own, post.author().handle());
                Long conversation = post.inReplyTo() == null ? null : known.get(post.inReplyTo());
                if (conversation == null && !fromUs && opens(stored)) {
                    conversation = openOf(post).orElseGet(() -> {
                        Conversation draft = draft(workspace, post);
                        long id = sql.insert(draft);
                        touched.put(id, withId(draft, id));
                        opened.add(id);
                        return id;
                    });
                }
                if (conversation != null) {
                    add(conversation, post, fromUs);
                    known.put(post.id(), conversation);
                    threaded++;
                }
            }
            sql.addItems(workspace, items);
            sql.saveAll(touched.values());
            sql.resolveQuiet(workspace, clock.instant().minus(config.quietAfter()), clock.instant(),
                    "resolved: no new message for " + config.quietAfter().toDays() + " days after our answer");
            return threaded;
        }

        private Conversation conversation(long id) {
            return touched.computeIfAbsent(id, k -> sql.find(workspace, k).orElseThrow());
        }

        /** The author's conversation still open with a message within the join window, if any. */
        private java.util.Optional<Long> openOf(Post post) {
            Instant since = post.createdAt().minus(config.joinWindow());
            String key = post.network().name() + " " + handleOf(post);
            Long recent = latestOfAuthor.get(key);
            if (recent != null) {
                Conversation c = conversation(recent);
                return c.status() != ConversationStatus.RESOLVED && !c.lastMessageAt().isBefore(since)
                        ? java.util.Optional.of(recent) : java.util.Optional.empty();
            }
            return sql.openOf(workspace, post.network().name(), handleOf(post), since).map(Conversation::id);
        }

        private boolean opens(StoredPost stored) {
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

        private void add(long id, Post post, boolean fromUs) {
            TimelineItem.Kind kind = fromUs ? TimelineItem.Kind.OUTGOING : TimelineItem.Kind.INCOMING;
            items.add(new ConversationRepository.NewItem(id, kind, post.id(), post.author().handle(), post.author().name(),
                    post.text(), post.url(), post.createdAt()));
            Conversation c = conversation(id);
            Instant at = post.createdAt();
            Instant last = c.lastMessageAt().isAfter(at) ? c.lastMessageAt() : at;
            Conversation updated;
            if (fromUs) {
                boolean answered = c.waitingSince() != null && !at.isBefore(c.waitingSince());
                ConversationStatus status = c.status() == ConversationStatus.OPEN && answered ? ConversationStatus.PENDING : c.status();
                updated = with(c, status, last, answered ? null : c.waitingSince(),
                        c.firstResponseAt() == null && answered ? at : c.firstResponseAt(), c.resolvedAt());
            } else {
                boolean reopen = (c.status() == ConversationStatus.PENDING || c.status() == ConversationStatus.RESOLVED)
                        && !c.tags().contains(Routing.SPAM);
                updated = with(c, reopen ? ConversationStatus.OPEN : c.status(), last,
                        c.waitingSince() == null ? at : c.waitingSince(), c.firstResponseAt(), reopen ? null : c.resolvedAt());
                if (java.util.Objects.equals(handleOf(post), c.authorHandle())) {
                    latestOfAuthor.put(post.network().name() + " " + handleOf(post), id);
                }
            }
            touched.put(id, updated);
        }
    }

    private static Conversation withId(Conversation c, long id) {
        return new Conversation(id, c.workspace(), c.status(), c.snoozedUntil(), c.priority(), c.team(), c.assignee(),
                c.tags(), c.network(), c.authorHandle(), c.authorName(), c.rootPost(), c.subject(), c.intent(), c.sentiment(),
                c.openedAt(), c.lastMessageAt(), c.waitingSince(), c.firstResponseAt(), c.resolvedAt());
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
