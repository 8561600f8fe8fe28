package org.comptoir.inbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.inbox.reply.Reply;

/** The JSON shape of conversations, shared by the API and the CLI (which prints what the API would answer). */
public final class InboxViews {
    private InboxViews() {
    }

    public static Map<String, Object> page(Inbox.Page page) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("total", page.total());
        view.put("conversations", page.conversations().stream().map(InboxViews::conversation).toList());
        return view;
    }

    /** The page with each conversation's deadlines ({@code first_response_due}, {@code resolution_due}, {@code breach}). */
    public static Map<String, Object> page(Inbox.Page page, Map<Long, Deadline> deadlines) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("total", page.total());
        view.put("conversations", page.conversations().stream().map(c -> conversation(c, deadlines.get(c.id()))).toList());
        return view;
    }

    public static Map<String, Object> conversation(Conversation c, Deadline d) {
        Map<String, Object> view = conversation(c);
        Deadline deadline = d == null ? Deadline.NONE : d;
        view.put("first_response_due", text(deadline.firstResponseDue()));
        view.put("resolution_due", text(deadline.resolutionDue()));
        view.put("breach", deadline.state().label());
        return view;
    }

    public static Map<String, Object> conversation(Conversation c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", c.id());
        view.put("status", c.status().label());
        view.put("snoozed_until", text(c.snoozedUntil()));
        view.put("priority", c.priority().label());
        view.put("team", c.team());
        view.put("assignee", c.assignee());
        view.put("tags", c.tags());
        view.put("network", c.network());
        view.put("author", Map.of("handle", nullToEmpty(c.authorHandle()), "name", nullToEmpty(c.authorName())));
        view.put("subject", c.subject());
        view.put("root_post", c.rootPost());
        view.put("intent", c.intent());
        view.put("sentiment", c.sentiment());
        view.put("opened_at", text(c.openedAt()));
        view.put("last_message_at", text(c.lastMessageAt()));
        view.put("waiting_since", text(c.waitingSince()));
        view.put("first_response_at", text(c.firstResponseAt()));
        view.put("resolved_at", text(c.resolvedAt()));
        return view;
    }

    public static Map<String, Object> detail(Inbox.Detail detail) {
        Map<String, Object> view = conversation(detail.conversation());
        view.put("can_reply", detail.canReply());
        view.put("timeline", detail.timeline().stream().map(InboxViews::item).toList());
        view.put("replies", detail.replies().stream().map(InboxViews::reply).toList());
        return view;
    }

    public static Map<String, Object> item(TimelineItem item) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", item.id());
        view.put("kind", item.kind().label());
        view.put("post_id", item.postId());
        view.put("author", item.author());
        view.put("author_name", item.authorName());
        view.put("text", item.body());
        view.put("url", item.url());
        view.put("at", text(item.at()));
        return view;
    }

    public static Map<String, Object> reply(Reply reply) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", reply.id());
        view.put("state", reply.state().label());
        view.put("network", reply.network());
        view.put("in_reply_to", reply.inReplyTo());
        view.put("text", reply.body());
        view.put("attempts", reply.attempts());
        view.put("next_attempt_at", reply.state() == Reply.State.QUEUED ? text(reply.nextAttemptAt()) : null);
        view.put("remote_id", reply.remoteId());
        view.put("url", reply.remoteUrl());
        view.put("error", reply.error());
        view.put("created_by", reply.createdBy());
        view.put("created_at", text(reply.createdAt()));
        view.put("sent_at", text(reply.sentAt()));
        return view;
    }

    static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
