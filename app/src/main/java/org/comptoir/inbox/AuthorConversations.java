package org.comptoir.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/**
 * One author's part of the inbox, for contacts and GDPR: the conversations they opened and the messages they wrote
 * (read for a contact's page and export), and their erasure (conversations they opened with their timeline and
 * replies; their messages and the replies to them in other conversations). Handles compare lower case, with or
 * without a leading {@code @}.
 */
public final class AuthorConversations {
    private static final String ABOUT = "workspace = ? and lower(network) = ? and (lower(author_handle) = ? or lower(author_handle) = ?)";
    private static final String WROTE = "workspace = ? and lower(author) in (?, ?) and conversation_id in (select id from conversation"
            + " where workspace = ? and lower(network) = ?)";
    private final DataSource dataSource;

    public AuthorConversations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A conversation as a contact's page lists it. */
    public record Summary(long id, String status, String subject, java.time.Instant openedAt, java.time.Instant lastMessageAt) {
    }

    public List<Summary> opened(String workspace, String network, String handle) {
        return Sql.query(dataSource, "select id, status, subject, opened_at, last_message_at from conversation where " + ABOUT
                + " order by last_message_at desc", r -> new Summary(r.getLong(1), r.getString(2).toLowerCase(java.util.Locale.ROOT),
                r.getString(3), r.getTimestamp(4).toInstant(), r.getTimestamp(5).toInstant()), workspace, network, handle, "@" + handle);
    }

    /** Every timeline item they wrote, with its conversation: what an export lists. */
    public List<Map<String, Object>> messages(String workspace, String network, String handle) {
        List<Map<String, Object>> out = new ArrayList<>();
        Sql.query(dataSource, "select conversation_id, kind, post_id, body, url, at from conversation_message where " + WROTE
                + " order by at", r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("conversation", r.getLong(1));
                    m.put("kind", r.getString(2).toLowerCase(java.util.Locale.ROOT));
                    m.put("post_id", r.getString(3));
                    m.put("text", r.getString(4));
                    m.put("url", r.getString(5));
                    m.put("at", r.getTimestamp(6).toInstant().toString());
                    return out.add(m);
                }, workspace, handle, "@" + handle, workspace, network);
        return out;
    }

    /** Deletes their conversations (with timeline and replies), their messages elsewhere and replies to those; the rows removed. */
    public int erase(String workspace, String network, String handle) {
        return Sql.inTransaction(dataSource, connection -> {
            int removed = 0;
            List<String> posts = new ArrayList<>();
            try (var select = Sql.prepare(connection, "select post_id from conversation_message where " + WROTE + " and post_id is not null",
                    workspace, handle, "@" + handle, workspace, network); var rows = select.executeQuery()) {
                while (rows.next()) {
                    posts.add(rows.getString(1));
                }
            }
            for (String post : posts) {
                try (var delete = Sql.prepare(connection, "delete from reply where workspace = ? and in_reply_to = ?", workspace, post)) {
                    removed += delete.executeUpdate();
                }
            }
            for (String table : List.of("reply", "conversation_message")) {
                try (var delete = Sql.prepare(connection, "delete from " + table + " where conversation_id in (select id from conversation"
                        + " where " + ABOUT + ")", workspace, network, handle, "@" + handle)) {
                    removed += delete.executeUpdate();
                }
            }
            try (var delete = Sql.prepare(connection, "delete from conversation_message where " + WROTE,
                    workspace, handle, "@" + handle, workspace, network)) {
                removed += delete.executeUpdate();
            }
            try (var delete = Sql.prepare(connection, "delete from conversation where " + ABOUT, workspace, network, handle, "@" + handle)) {
                removed += delete.executeUpdate();
            }
            return removed;
        });
    }
}
