package org.comptoir.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/** The report schedules (one per workspace), when each is next due, and every send, in SQL. */
final class ReportScheduleRepository {
    /** A schedule with its bookkeeping: when it is next due and when it was last sent. */
    record Stored(ReportSchedule schedule, Instant nextDue, Instant lastSent) {
    }

    private final DataSource dataSource;

    ReportScheduleRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<Stored> find(String workspace) {
        return Sql.query(dataSource, "select * from report_schedule where workspace = ?", ReportScheduleRepository::read, workspace)
                .stream().findFirst();
    }

    /** The enabled schedules due at {@code now}. */
    List<Stored> due(Instant now) {
        return Sql.query(dataSource, "select * from report_schedule where enabled = true and next_due_at <= ? order by next_due_at",
                ReportScheduleRepository::read, Timestamp.from(now));
    }

    void save(ReportSchedule s, Instant nextDue, Instant now) {
        Sql.inTransaction(dataSource, connection -> {
            Instant lastSent = null;
            try (var select = Sql.prepare(connection, "select last_sent_at from report_schedule where workspace = ?", s.workspace());
                 var rows = select.executeQuery()) {
                if (rows.next() && rows.getTimestamp(1) != null) {
                    lastSent = rows.getTimestamp(1).toInstant();
                }
            }
            try (var delete = Sql.prepare(connection, "delete from report_schedule where workspace = ?", s.workspace())) {
                delete.executeUpdate();
            }
            try (var insert = Sql.prepare(connection, "insert into report_schedule (workspace, period, day_of_week, day_of_month, send_hour,"
                            + " send_minute, language, recipients, enabled, next_due_at, last_sent_at, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s.workspace(), s.period().label(), s.dayOfWeek().getValue(), s.dayOfMonth(), s.at().getHour(), s.at().getMinute(),
                    s.language().getLanguage(), String.join(",", s.recipients()), s.enabled(), Timestamp.from(nextDue),
                    lastSent == null ? null : Timestamp.from(lastSent), Timestamp.from(now))) {
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Moves a schedule on after a send, unless it was changed or removed meanwhile (the due instant no longer matches). */
    boolean advance(String workspace, Instant wasDue, Instant nextDue, Instant sentAt) {
        return Sql.update(dataSource, "update report_schedule set next_due_at = ?, last_sent_at = ? where workspace = ? and next_due_at = ?",
                Timestamp.from(nextDue), Timestamp.from(sentAt), workspace, Timestamp.from(wasDue)) > 0;
    }

    boolean delete(String workspace) {
        return Sql.update(dataSource, "delete from report_schedule where workspace = ?", workspace) > 0;
    }

    void send(String workspace, ReportSend send) {
        String detail = send.detail() == null ? null : send.detail().substring(0, Math.min(1000, send.detail().length()));
        Sql.update(dataSource, "insert into report_send (workspace, due_at, recipient, outcome, detail, at) values (?, ?, ?, ?, ?, ?)",
                workspace, Timestamp.from(send.due()), send.recipient(), send.outcome(), detail, Timestamp.from(send.at()));
    }

    List<ReportSend> sends(String workspace, int limit) {
        return Sql.query(dataSource, "select * from report_send where workspace = ? order by at desc, id desc limit ?",
                row -> new ReportSend(row.getTimestamp("due_at").toInstant(), row.getString("recipient"), row.getString("outcome"),
                        row.getString("detail"), row.getTimestamp("at").toInstant()), workspace, limit);
    }

    private static Stored read(ResultSet row) throws SQLException {
        ReportSchedule s = new ReportSchedule(row.getString("workspace"), Period.fromLabel(row.getString("period")),
                DayOfWeek.of(row.getInt("day_of_week")), row.getInt("day_of_month"), LocalTime.of(row.getInt("send_hour"), row.getInt("send_minute")),
                Locale.forLanguageTag(row.getString("language")), List.of(row.getString("recipients").split(",")), row.getBoolean("enabled"));
        Timestamp next = row.getTimestamp("next_due_at");
        Timestamp last = row.getTimestamp("last_sent_at");
        return new Stored(s, next == null ? null : next.toInstant(), last == null ? null : last.toInstant());
    }
}
