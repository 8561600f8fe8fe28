package org.comptoir.inbox.reply;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/**
 * The durable queue of replies (table {@code reply}). A reply is written, with its idempotency key, before any
 * network call; {@link ReplyDispatcher} moves it to sending, then sent or back to queued with a later attempt.
 */
public final class ReplyQueue {
    private static final String COLUMNS = "id, workspace, conversation_id, message_id, network, in_reply_to, body, "
            + "idempotency_key, state, attempts, next_attempt_at, remote_id, remote_url, error, created_by, created_at, sent_at";
    private final DataSource dataSource;

    public ReplyQueue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Reply enqueue(String workspace, long conversation, long message, String network, String inReplyTo, String body,
                         String createdBy, Instant now) {
        String key = "comptoir-" + UUID.randomUUID();
        Sql.update(dataSource, "insert into reply (workspace, conversation_id, message_id, network, in_reply_to, body, "
                        + "idempotency_key, state, attempts, next_attempt_at, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, "
                        + "'queued', 0, ?, ?, ?)", workspace, conversation, message, network, inReplyTo, body, key, ts(now),
                createdBy, ts(now));
        return Sql.query(dataSource, "select " + COLUMNS + " from reply where idempotency_key = ?", ReplyQueue::read, key).get(0);
    }

    public Optional<Reply> find(long id) {
        return Sql.query(dataSource, "select " + COLUMNS + " from reply where id = ?", ReplyQueue::read, id).stream().findFirst();
    }

    /** Replies to send now: queued ones whose time has come, and any left sending by a process that stopped. */
    List<Reply> due(Instant now, int limit) {
        return Sql.query(dataSource, "select " + COLUMNS + " from reply where state in ('queued', 'sending') and "
                + "next_attempt_at <= ? order by next_attempt_at, id limit " + limit, ReplyQueue::read, ts(now));
    }

    public List<Reply> ofConversation(String workspace, long conversation) {
        return Sql.query(dataSource, "select " + COLUMNS + " from reply where workspace = ? and conversation_id = ? order by id",
                ReplyQueue::read, workspace, conversation);
    }

    void sending(long id) {
        Sql.update(dataSource, "update reply set state = 'sending', attempts = attempts + 1 where id = ?", id);
    }

    void sent(long id, String remoteId, String url, Instant at) {
        Sql.update(dataSource, "update reply set state = 'sent', remote_id = ?, remote_url = ?, error = null, sent_at = ? "
                + "where id = ?", remoteId, url, ts(at), id);
    }

    void retryAt(long id, String error, Instant next) {
        Sql.update(dataSource, "update reply set state = 'queued', error = ?, next_attempt_at = ? where id = ?",
                cut(error), ts(next), id);
    }

    void failed(long id, String error) {
        Sql.update(dataSource, "update reply set state = 'failed', error = ? where id = ?", cut(error), id);
    }

    private static String cut(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    static Reply read(ResultSet row) throws SQLException {
        return new Reply(row.getLong(1), row.getString(2), row.getLong(3), row.getLong(4), row.getString(5), row.getString(6),
                row.getString(7), row.getString(8), Reply.State.valueOf(row.getString(9).toUpperCase(Locale.ROOT)),
                row.getInt(10), instant(row, 11), row.getString(12), row.getString(13), row.getString(14), row.getString(15),
                instant(row, 16), instant(row, 17));
    }
}
