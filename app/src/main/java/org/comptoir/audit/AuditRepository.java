package org.comptoir.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/** The append-only audit table: this class inserts and reads, it never updates or deletes. */
public final class AuditRepository {
    private final DataSource dataSource;

    public AuditRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void append(AuditEntry entry) {
        Sql.update(dataSource, "insert into audit_log (at, actor, address, workspace, action, target, detail) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", Timestamp.from(entry.at()), clip(entry.actor(), 200),
                clip(entry.address(), 100), entry.workspace(), entry.action(), clip(entry.target(), 1000), clip(entry.detail(), 4000));
    }

    /** Newest first; {@code workspace} null means every row. */
    public List<AuditEntry> list(String workspace, int limit) {
        String where = workspace == null ? "" : " where workspace = ?";
        Object[] params = workspace == null ? new Object[] {limit} : new Object[] {workspace, limit};
        return Sql.query(dataSource, "select * from audit_log" + where + " order by id desc limit ?",
                AuditRepository::read, params);
    }

    private static AuditEntry read(ResultSet row) throws SQLException {
        return new AuditEntry(row.getLong("id"), row.getTimestamp("at").toInstant(), row.getString("actor"),
                row.getString("address"), row.getString("workspace"), row.getString("action"), row.getString("target"),
                row.getString("detail"));
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
