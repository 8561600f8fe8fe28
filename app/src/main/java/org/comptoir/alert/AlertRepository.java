package org.comptoir.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;
import tools.jackson.databind.json.JsonMapper;

/** Alerts in SQL; the explanation is kept as JSON. */
final class AlertRepository {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DataSource dataSource;

    AlertRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Alert> list(String workspace, int limit) {
        return Sql.query(dataSource, "select * from alert where workspace = ? order by started_at desc, id desc limit ?",
                AlertRepository::read, workspace, limit);
    }

    Optional<Alert> find(String workspace, long id) {
        return Sql.query(dataSource, "select * from alert where workspace = ? and id = ?", AlertRepository::read, workspace, id)
                .stream().findFirst();
    }

    /** The rule's alerts whose episode is open or ended at or after {@code since}. */
    List<Alert> recent(long ruleId, Instant since) {
        return Sql.query(dataSource, "select * from alert where rule_id = ? and (ended_at is null or ended_at >= ?) order by started_at",
                AlertRepository::read, ruleId, Timestamp.from(since));
    }

    long insert(Alert a) {
        Sql.update(dataSource, "insert into alert (workspace, rule_id, rule_name, kind, started_at, peak_at, ended_at, detected_at, observed,"
                        + " expected, score, summary, explanation) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.workspace(), a.ruleId(), a.rule(), a.kind(), ts(a.start()), ts(a.peak()), ts(a.end()), ts(a.detectedAt()), a.observed(),
                a.expected(), a.score(), a.summary(), JSON.writeValueAsString(a.explanation()));
        return Sql.query(dataSource, "select max(id) from alert where rule_id = ? and started_at = ?", row -> row.getLong(1),
                a.ruleId(), ts(a.start())).get(0);
    }

    /** Stores an alert about {@code subject} (e.g. {@code source:3}) and returns its id. */
    long insert(Alert a, String subject) {
        long id = insert(a);
        Sql.update(dataSource, "update alert set subject = ? where id = ?", subject, id);
        return id;
    }

    /** The rule's open alerts about {@code subject}. */
    List<Alert> ongoing(long ruleId, String subject) {
        return Sql.query(dataSource, "select * from alert where rule_id = ? and subject = ? and ended_at is null order by started_at",
                AlertRepository::read, ruleId, subject);
    }

    /** The subjects of the workspace's open alerts of {@code kind}. */
    List<String> openSubjects(String workspace, String kind) {
        return Sql.query(dataSource, "select distinct subject from alert where workspace = ? and kind = ? and subject is not null"
                + " and ended_at is null", row -> row.getString(1), workspace, kind);
    }

    /** Ends the open alerts of the workspace about {@code subject} at {@code end}; returns how many. */
    int end(String workspace, String subject, Instant end) {
        return Sql.update(dataSource, "update alert set ended_at = ? where workspace = ? and subject = ? and ended_at is null",
                ts(end), workspace, subject);
    }

    void update(Alert a) {
        Sql.update(dataSource, "update alert set peak_at = ?, ended_at = ?, observed = ?, expected = ?, score = ?, summary = ?,"
                        + " explanation = ? where id = ?", ts(a.peak()), ts(a.end()), a.observed(), a.expected(), a.score(), a.summary(),
                JSON.writeValueAsString(a.explanation()), a.id());
    }

    /**
     * Instants are kept to the microsecond, the precision of the columns on H2 and PostgreSQL, so that {@link #insert(Alert)} finds
     * the row it wrote by its start (a clock with nanoseconds would otherwise miss it).
     */
    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    private static Alert read(ResultSet row) throws SQLException {
        Timestamp ended = row.getTimestamp("ended_at");
        return new Alert(row.getLong("id"), row.getString("workspace"), row.getLong("rule_id"), row.getString("rule_name"),
                row.getString("kind"), row.getTimestamp("started_at").toInstant(), row.getTimestamp("peak_at").toInstant(),
                ended == null ? null : ended.toInstant(), row.getTimestamp("detected_at").toInstant(), row.getLong("observed"),
                row.getDouble("expected"), row.getDouble("score"), row.getString("summary"),
                JSON.readValue(row.getString("explanation"), Explanation.class));
    }
}
