package org.comptoir.contact;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.store.StoredPost;

/** The JSON shape of contacts, shared by the API and the CLI. */
public final class ContactViews {
    private ContactViews() {
    }

    public static Map<String, Object> contact(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("notes", c.notes());
        m.put("tags", c.tags());
        m.put("identities", c.identities().stream().map(ContactViews::identity).toList());
        m.put("created_at", c.createdAt().toString());
        m.put("updated_at", c.updatedAt().toString());
        return m;
    }

    static Map<String, Object> identity(Identity i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("network", i.network());
        m.put("handle", i.handle());
        m.put("name", i.name());
        return m;
    }

    public static Map<String, Object> profile(Contacts.Profile p) {
        Map<String, Object> m = contact(p.contact());
        m.put("pyramid_level", p.level() == null ? null : p.level().label());
        m.put("employee", p.employee());
        m.put("advocate", p.advocate());
        m.put("post_count", p.postCount());
        m.put("posts", p.latestPosts().stream().map(ContactViews::post).toList());
        m.put("conversations", p.conversations().stream().map(ContactViews::conversation).toList());
        return m;
    }

    static Map<String, Object> export(Contacts.Profile p, List<StoredPost> posts, List<Map<String, Object>> messages, Instant at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exported_at", at.toString());
        m.put("contact", contact(p.contact()));
        m.put("pyramid_level", p.level() == null ? null : p.level().label());
        m.put("employee", p.employee());
        m.put("advocate", p.advocate());
        m.put("posts", posts.stream().map(ContactViews::post).toList());
        m.put("conversations", p.conversations().stream().map(ContactViews::conversation).toList());
        m.put("messages", messages);
        return m;
    }

    static Map<String, Object> post(StoredPost s) {
        var p = s.post();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("network", p.network().name());
        m.put("handle", p.author().handle());
        m.put("author_name", p.author().name());
        m.put("created_at", p.createdAt() == null ? null : p.createdAt().toString());
        m.put("url", p.url());
        m.put("text", p.text());
        m.put("in_reply_to", p.inReplyTo());
        return m;
    }

    static Map<String, Object> conversation(org.comptoir.inbox.AuthorConversations.Summary c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("status", c.status());
        m.put("subject", c.subject());
        m.put("opened_at", c.openedAt().toString());
        m.put("last_message_at", c.lastMessageAt().toString());
        return m;
    }

    public static Map<String, Object> suggestion(Contacts.Suggestion s) {
        return Map.of("name", s.name(), "identities", s.identities().stream().map(ContactViews::identity).toList());
    }

    public static Map<String, Object> erasure(Erasure.Report r) {
        return Map.of("authors", r.authors(), "posts", r.posts(), "rows", r.rows(), "records", r.records());
    }
}
