package org.comptoir.source;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/** The {@code source_health}, {@code source_fetch} and {@code source_gap} tables: what each poll of a source did. */
public final class SourceHealthRepository {
    private static final Duration KEEP_FETCHES = Duration.ofDays(2);
    private static final Duration KEEP_GAPS = Duration.ofDays(30);
    private final DataSource sql;

    public SourceHealthRepository(DataSource sql) {
        this.sql = sql;
    }

    /** The raw row, before a state is derived from it. */
    record Row(Instant lastAttempt, Instant lastSuccess, String lastError, Instant lastErrorAt, int failures,
               Instant nextAttempt, Instant newestPostAt) {
        static final Row EMPTY = new Row(null, null, null, null, 0, null, null);
    }

    Row row(long id) {
        return Sql.query(sql, "select * from source_health where source_id = ?", row -> new Row(instant(row.getTimestamp("last_attempt")),
                instant(row.getTimestamp("last_success")), row.getString("last_error"), instant(row.getTimestamp("last_error_at")),
                row.getInt("failures"), instant(row.getTimestamp("next_attempt")), instant(row.getTimestamp("newest_post_at"))), id)
                .stream().findFirst().orElse(Row.EMPTY);
    }

    void succeeded(long id, Instant at, int posts, int quarantined, Instant newest) {
        Sql.update(sql, "update source_health set last_attempt = ?, last_success = ?, failures = 0,"
                + " newest_post_at = coalesce(?, newest_post_at) where source_id = ?", ts(at), ts(at), ts(newest), id);
        if (posts > 0 || quarantined > 0) {
            Sql.update(sql, "insert into source_fetch (source_id, at, posts, quarantined) values (?, ?, ?, ?)", id, ts(at), posts, quarantined);
            Sql.update(sql, "delete from source_fetch where source_id = ? and at < ?", id, ts(at.minus(KEEP_FETCHES)));
        }
    }

    /** Records a failure; returns how many polls in a row have now failed. */
    int failed(long id, Instant at, String error) {
        Sql.update(sql, "update source_health set last_attempt = ?, last_error = ?, last_error_at = ?, failures = failures + 1"
                + " where source_id = ?", ts(at), error.length() > 2000 ? error.substring(0, 1999) + "…" : error, ts(at), id);
        return row(id).failures();
    }

    /** Records the gaps a fetch reported; keeps 30 days of them. */
    void gaps(long id, Instant at, java.util.List<org.comptoir.connector.Fetch.Gap> gaps) {
        for (org.comptoir.connector.Fetch.Gap gap : gaps) {
            String reason = gap.reason().length() > 500 ? gap.reason().substring(0, 499) + "…" : gap.reason();
            Sql.update(sql, "insert into source_gap (source_id, detected_at, from_at, to_at, reason, bridged) values (?, ?, ?, ?, ?, ?)",
                    id, ts(at), ts(gap.from()), ts(gap.to()), reason, gap.bridged());
        }
        if (!gaps.isEmpty()) {
            Sql.update(sql, "delete from source_gap where source_id = ? and detected_at < ?", id, ts(at.minus(KEEP_GAPS)));
        }
    }

    /** The newest {@code limit} gaps detected since {@code since}, newest first. */
    java.util.List<SourceHealth.Gap> gaps(long id, Instant since, int limit) {
        return Sql.query(sql, "select detected_at, from_at, to_at, reason, bridged from source_gap where source_id = ? and detected_at >= ?"
                        + " order by detected_at desc, id desc limit " + limit,
                row -> new SourceHealth.Gap(instant(row.getTimestamp("detected_at")), instant(row.getTimestamp("from_at")),
                        instant(row.getTimestamp("to_at")), row.getString("reason"), row.getBoolean("bridged")), id, ts(since));
    }

    void scheduled(long id, Instant next) {
        Sql.update(sql, "update source_health set next_attempt = ? where source_id = ?", ts(next), id);
    }

    /** Posts stored and records quarantined by the source since {@code since}. */
    long[] counts(long id, Instant since) {
        return Sql.query(sql, "select coalesce(sum(posts), 0), coalesce(sum(quarantined), 0) from source_fetch where source_id = ? and at >= ?",
                row -> new long[] {row.getLong(1), row.getLong(2)}, id, ts(since)).get(0);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
