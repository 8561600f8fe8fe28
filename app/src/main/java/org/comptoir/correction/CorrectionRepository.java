package org.comptoir.correction;

import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;
import org.comptoir.sql.Sql;

/** Corrections in SQL, one row per (workspace, post); a new correction of the same post replaces the old one. */
public final class CorrectionRepository {
    private final DataSource dataSource;

    public CorrectionRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void save(Correction correction) {
        Sql.inTransaction(dataSource, connection -> {
            try (var delete = Sql.prepare(connection, "delete from correction where workspace = ? and post_id = ?",
                    correction.workspace(), correction.postId())) {
                delete.executeUpdate();
            }
            try (var insert = Sql.prepare(connection,
                    "insert into correction (workspace, post_id, sentiment, intent, lang, text, corrected_at) values (?, ?, ?, ?, ?, ?, ?)",
                    correction.workspace(), correction.postId(),
                    correction.sentiment() == null ? null : correction.sentiment().label(),
                    correction.intent() == null ? null : correction.intent().label(),
                    correction.lang(), correction.text(), Timestamp.from(correction.correctedAt()))) {
                return insert.executeUpdate();
            }
        });
    }

    public List<Correction> list(String workspace) {
        return Sql.query(dataSource, "select * from correction where workspace = ? order by corrected_at, post_id",
                row -> new Correction(row.getString("workspace"), row.getString("post_id"),
                        row.getString("sentiment") == null ? null : Sentiment.fromLabel(row.getString("sentiment")),
                        row.getString("intent") == null ? null : Intent.fromLabel(row.getString("intent")),
                        row.getString("lang"), row.getString("text"), row.getTimestamp("corrected_at").toInstant()),
                workspace);
    }
}
