package org.comptoir.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/** Conversations and their timelines in SQL (tables {@code conversation}, {@code conversation_message}). */
public final class ConversationRepository {
    private static final String COLUMNS = "id, workspace, status, snoozed_until, priority, team, assignee, tags, network, "
            + "author_handle, author_name, root_post, subject, intent, sentiment, opened_at, last_message_at, waiting_since, "
            + "first_response_at, resolved_at";
    private final DataSource dataSource;

    public ConversationRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** This repository on one connection and transaction for the duration of {@code work} (a threading batch). */
    <T> T inOneTransaction(java.util.function.Function<ConversationRepository, T> work) {
        return OneConnection.run(dataSource, one -> work.apply(new ConversationRepository(one)));
    }

    /** Stores a new conversation and returns its id. */
    long insert(Conversation c) {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("insert into conversation (workspace, status, priority, tags, "
                + "network, author_handle, author_name, root_post, subject, intent, sentiment, opened_at, last_message_at, "
                + "waiting_since) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            Object[] params = {c.workspace(), c.status().label(), c.priority().label(), String.join(",", c.tags()),
                    c.network(), cut(c.authorHandle(), 300), cut(c.authorName(), 300), c.rootPost(), cut(c.subject(), 300),
                    c.intent(), c.sentiment(), ts(c.openedAt()), ts(c.lastMessageAt()), ts(c.waitingSince())};
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new Sql.SqlFailure("insert into conversation", e);
        }
    }

    /** A timeline item to add in a batch. */
    record NewItem(long conversation, TimelineItem.Kind kind, String postId, String author, String authorName, String body,
                   String url, Instant at) {
    }

    /** Adds timeline items in one JDBC batch (posts known not to be in a timeline yet). */
    void addItems(String workspace, List<NewItem> items) {
        if (items.isEmpty()) {
            return;
        }
        try (var connection = dataSource.getConnection();
             var insert = connection.prepareStatement("insert into conversation_message (workspace, conversation_id, kind, "
                     + "post_id, author, author_name, body, url, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewItem i : items) {
                Object[] params = {workspace, i.conversation(), i.kind().label(), i.postId(), cut(i.author(), 300),
                        cut(i.authorName(), 300), cut(i.body(), 100_000), cut(i.url(), 2000), ts(i.at())};
                for (int p = 0; p < params.length; p++) {
                    insert.setObject(p + 1, params[p]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new Sql.SqlFailure("insert into conversation_message (batch)", e);
        }
    }

    /** Writes back several conversations in one JDBC batch. */
    void saveAll(java.util.Collection<Conversation> all) {
        if (all.isEmpty()) {
            return;
        }
        try (var connection = dataSource.getConnection();
             var update = connection.prepareStatement(SAVE)) {
            for (Conversation c : all) {
                bindSave(update, c);
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new Sql.SqlFailure(SAVE, e);
        }
    }

    public Optional<Conversation> find(String workspace, long id) {
        return Sql.query(dataSource, "select " + COLUMNS + " from conversation where workspace = ? and id = ?",
                ConversationRepository::read, workspace, id).stream().findFirst();
    }

    /** The conversations matching an SQL condition on {@code conversation} (built by {@link InboxQuery}), newest activity first. */
    List<Conversation> list(String workspace, String where, List<Object> params, int limit, int offset) {
        List<Object> all = new ArrayList<>();
        all.add(workspace);
        all.addAll(params);
        return Sql.query(dataSource, "select " + COLUMNS + " from conversation where workspace = ?" + where
                + " order by last_message_at desc, id desc limit " + limit + " offset " + offset,
                ConversationRepository::read, all.toArray());
    }

    /** Every conversation matching the condition, oldest first (no page). */
    List<Conversation> all(String workspace, String where, List<Object> params) {
        List<Object> all = new ArrayList<>();
        all.add(workspace);
        all.addAll(params);
        return Sql.query(dataSource, "select " + COLUMNS + " from conversation where workspace = ?" + where + " order by opened_at, id",
                ConversationRepository::read, all.toArray());
    }

    /** How many open or pending conversations each of these users is assigned (their load). */
    Map<String, Long> load(String workspace, Collection<String> users) {
        Map<String, Long> load = new HashMap<>();
        users.forEach(u -> load.put(u, 0L));
        Sql.query(dataSource, "select assignee, count(*) from conversation where workspace = ? and status in ('open', 'pending') "
                + "and assignee is not null group by assignee", row -> {
                    String user = row.getString(1);
                    long n = row.getLong(2);
                    return load.computeIfPresent(user, (k, v) -> n);
                }, workspace);
        return load;
    }

    long count(String workspace, String where, List<Object> params) {
        List<Object> all = new ArrayList<>();
        all.add(workspace);
        all.addAll(params);
        return Sql.query(dataSource, "select count(*) from conversation where workspace = ?" + where,
                row -> row.getLong(1), all.toArray()).get(0);
    }

    /** The conversation each of these posts belongs to, for those that belong to one. */
    Map<String, Long> conversationsOf(String workspace, Collection<String> postIds) {
        Map<String, Long> found = new HashMap<>();
        List<String> ids = postIds.stream().distinct().toList();
        for (int start = 0; start < ids.size(); start += 500) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + 500));
            Object[] params = new Object[chunk.size() + 1];
            params[0] = workspace;
            System.arraycopy(chunk.toArray(), 0, params, 1, chunk.size());
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            Sql.query(dataSource, "select post_id, conversation_id from conversation_message where workspace = ? and post_id in ("
                    + marks + ")", row -> found.put(row.getString(1), row.getLong(2)), params);
        }
        return found;
    }

    /** The author's latest conversation that is not resolved and had a message since {@code since}. */
    Optional<Conversation> openOf(String workspace, String network, String handle, Instant since) {
        return Sql.query(dataSource, "select " + COLUMNS + " from conversation where workspace = ? and network = ? and "
                        + "author_handle = ? and status <> 'resolved' and last_message_at >= ? order by last_message_at desc limit 1",
                ConversationRepository::read, workspace, network, handle, ts(since)).stream().findFirst();
    }

    /** Adds a timeline item; false when it is a post the workspace's timelines already hold. */
    boolean addItem(String workspace, long conversation, TimelineItem.Kind kind, String postId, String author,
                    String authorName, String body, String url, Instant at) {
        try {
            Sql.update(dataSource, "insert into conversation_message (workspace, conversation_id, kind, post_id, author, "
                            + "author_name, body, url, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", workspace, conversation, kind.label(),
                    postId, cut(author, 300), cut(authorName, 300), cut(body, 100_000), cut(url, 2000), ts(at));
            return true;
        } catch (Sql.SqlFailure e) {
            if (e.getCause() instanceof SQLException sql && Sql.isDuplicateKey(sql)) {
                return false;
            }
            throw e;
        }
    }

    /** A reply written here was published: its timeline item becomes that post, so the post read back later is not added twice. */
    void markSent(String workspace, long message, String postId, String url) {
        try {
            Sql.update(dataSource, "update conversation_message set post_id = ?, url = ? where workspace = ? and id = ?",
                    postId, cut(url, 2000), workspace, message);
        } catch (Sql.SqlFailure e) {
            if (!(e.getCause() instanceof SQLException sql && Sql.isDuplicateKey(sql))) {
                throw e;
            }
        }
    }

    List<TimelineItem> timeline(String workspace, long conversation) {
        return Sql.query(dataSource, "select id, kind, post_id, author, author_name, body, url, at from conversation_message "
                        + "where workspace = ? and conversation_id = ? order by at, id", row -> new TimelineItem(row.getLong(1),
                        TimelineItem.Kind.valueOf(row.getString(2).toUpperCase(java.util.Locale.ROOT)), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), row.getString(7), instant(row, 8)),
                workspace, conversation);
    }

    /** Writes back the workflow fields and timestamps of a conversation. */
    void save(Conversation c) {
        saveAll(List.of(c));
    }

    private static final String SAVE = "update conversation set status = ?, snoozed_until = ?, priority = ?, team = ?, "
            + "assignee = ?, tags = ?, last_message_at = ?, waiting_since = ?, first_response_at = ?, resolved_at = ? "
            + "where workspace = ? and id = ?";

    private static void bindSave(java.sql.PreparedStatement update, Conversation c) throws SQLException {
        Object[] params = {c.status().label(), ts(c.snoozedUntil()), c.priority().label(), c.team(), c.assignee(),
                String.join(",", c.tags()), ts(c.lastMessageAt()), ts(c.waitingSince()), ts(c.firstResponseAt()),
                ts(c.resolvedAt()), c.workspace(), c.id()};
        for (int i = 0; i < params.length; i++) {
            update.setObject(i + 1, params[i]);
        }
    }

    /** Pending conversations quiet since {@code before}: resolved, with an event in their timeline. */
    int resolveQuiet(String workspace, Instant before, Instant now, String reason) {
        return resolveInactive(workspace, "'pending'", before, reason);
    }

    /** Conversations in one of {@code statuses} (an SQL list of literals) quiet since {@code before}: resolved, with an event. */
    int resolveInactive(String workspace, String statuses, Instant before, String reason) {
        return Sql.inTransaction(dataSource, connection -> {
            try (var event = Sql.prepare(connection, "insert into conversation_message (workspace, conversation_id, kind, "
                    + "author, body, at) select workspace, id, 'event', 'system', ?, last_message_at from conversation "
                    + "where workspace = ? and status in (" + statuses + ") and last_message_at < ?", reason, workspace, ts(before));
                 var update = Sql.prepare(connection, "update conversation set status = 'resolved', resolved_at = last_message_at "
                         + "where workspace = ? and status in (" + statuses + ") and last_message_at < ?", workspace, ts(before))) {
                event.executeUpdate();
                return update.executeUpdate();
            }
        });
    }

    /** Snoozed conversations whose date has come are open again; their pause ended at that date. */
    int wake(String workspace, Instant now) {
        return Sql.inTransaction(dataSource, connection -> {
            try (var pauses = Sql.prepare(connection, "update conversation_pause set ended_at = (select c.snoozed_until from conversation c "
                    + "where c.id = conversation_pause.conversation_id) where workspace = ? and ended_at is null and conversation_id in "
                    + "(select id from conversation where workspace = ? and status = 'snoozed' and snoozed_until <= ?)",
                    workspace, workspace, ts(now));
                 var update = Sql.prepare(connection, "update conversation set status = 'open', snoozed_until = null where workspace = ? "
                         + "and status = 'snoozed' and snoozed_until <= ?", workspace, ts(now))) {
                pauses.executeUpdate();
                return update.executeUpdate();
            }
        });
    }

    /** The conversation was snoozed at {@code at}: its target clocks stop. */
    void pauseStarted(String workspace, long conversation, Instant at) {
        Sql.update(dataSource, "insert into conversation_pause (workspace, conversation_id, started_at) values (?, ?, ?)",
                workspace, conversation, ts(at));
    }

    /** The conversation's snooze ended at {@code at} (its status changed): its clocks run again. */
    void pauseEnded(String workspace, long conversation, Instant at) {
        Sql.update(dataSource, "update conversation_pause set ended_at = ? where workspace = ? and conversation_id = ? and ended_at is null",
                ts(at), workspace, conversation);
    }

    /** Every pause of the workspace's conversations, by conversation. */
    Map<Long, List<PausedClock.Pause>> pauses(String workspace) {
        Map<Long, List<PausedClock.Pause>> out = new java.util.HashMap<>();
        Sql.query(dataSource, "select conversation_id, started_at, ended_at from conversation_pause where workspace = ?",
                row -> out.computeIfAbsent(row.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new PausedClock.Pause(instant(row, 2), instant(row, 3))), workspace);
        return out;
    }

    static Conversation read(ResultSet row) throws SQLException {
        String tags = row.getString(8);
        return new Conversation(row.getLong(1), row.getString(2), ConversationStatus.fromLabel(row.getString(3)),
                instant(row, 4), Priority.fromLabel(row.getString(5)), row.getString(6), row.getString(7),
                tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")), row.getString(9),
                row.getString(10), row.getString(11), row.getString(12), row.getString(13), row.getString(14),
                row.getString(15), instant(row, 16), instant(row, 17), instant(row, 18), instant(row, 19), instant(row, 20));
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
