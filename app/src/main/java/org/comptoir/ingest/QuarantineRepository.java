package org.comptoir.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/**
 * Records an import could not read, with the reason and the raw bytes. Saving the same record of
 * the same source twice (a re-run import) keeps one row.
 */
public final class QuarantineRepository {
    private final DataSource dataSource;

    public QuarantineRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A quarantined record as listed to users. */
    public record QuarantinedRecord(long id, String workspace, String source, long line, long offset, String reason,
                                    byte[] raw, Instant receivedAt) {
        /** The raw bytes as text (invalid UTF-8 replaced), at most the first 2,000 bytes: what a page shows. */
        public String rawPreview() {
            return new String(raw, 0, Math.min(raw.length, 2000), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public void save(String workspace, Rejection rejection, Instant receivedAt) {
        save(workspace, rejection, receivedAt, null);
    }

    /**
     * Saves a rejection of the import {@code importId} (an import-page job, null otherwise). A record already
     * quarantined by an earlier run keeps its row, which is then tagged with the newer import.
     */
    public void save(String workspace, Rejection rejection, Instant receivedAt, String importId) {
        byte[] raw = rejection.raw() == null ? new byte[0] : rejection.raw();
        String source = truncate(rejection.source(), 1000);
        String digest = sha256(raw);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into quarantine (workspace, source, line, byte_offset, reason, raw, raw_sha256, received_at, import_id)"
                             + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, workspace);
            insert.setString(2, source);
            insert.setLong(3, rejection.line());
            insert.setLong(4, rejection.offset());
            insert.setString(5, truncate(rejection.reason(), 2000));
            insert.setBytes(6, raw);
            insert.setString(7, digest);
            insert.setTimestamp(8, Timestamp.from(receivedAt));
            insert.setString(9, importId);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!Sql.isDuplicateKey(e)) {
                throw new Sql.SqlFailure("insert into quarantine", e);
            }
            if (importId != null) {
                Sql.update(dataSource, "update quarantine set import_id = ? where workspace = ? and source = ? and line = ?"
                        + " and raw_sha256 = ?", importId, workspace, source, rejection.line(), digest);
            }
        }
    }

    /** The records quarantined by one import, in file order. */
    public List<QuarantinedRecord> listByImport(String workspace, String importId, int limit) {
        return Sql.query(dataSource,
                "select * from quarantine where workspace = ? and import_id = ? order by line, byte_offset, id limit "
                        + Math.max(1, Math.min(limit, 1_000_000)),
                QuarantineRepository::record, workspace, importId);
    }

    public long countByImport(String workspace, String importId) {
        return Sql.query(dataSource, "select count(*) from quarantine where workspace = ? and import_id = ?",
                row -> row.getLong(1), workspace, importId).get(0);
    }

    public List<QuarantinedRecord> list(String workspace, int limit) {
        return Sql.query(dataSource,
                "select * from quarantine where workspace = ? order by id desc limit " + Math.max(1, Math.min(limit, 10_000)),
                QuarantineRepository::record, workspace);
    }

    private static QuarantinedRecord record(java.sql.ResultSet row) throws SQLException {
        return new QuarantinedRecord(row.getLong("id"), row.getString("workspace"), row.getString("source"),
                row.getLong("line"), row.getLong("byte_offset"), row.getString("reason"), row.getBytes("raw"),
                row.getTimestamp("received_at").toInstant());
    }

    public long count(String workspace) {
        return Sql.query(dataSource, "select count(*) from quarantine where workspace = ?", row -> row.getLong(1), workspace).get(0);
    }

    private static String truncate(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Deletes the workspace's quarantined records whose raw bytes contain {@code text} (case-insensitive, as UTF-8): a GDPR
     * erasure of an author whose records were rejected. Returns the rows deleted.
     */
    public int eraseContaining(String workspace, String text) {
        String needle = text.toLowerCase(java.util.Locale.ROOT);
        List<Long> ids = new java.util.ArrayList<>();
        Sql.query(dataSource, "select id, raw from quarantine where workspace = ?", row -> {
            byte[] raw = row.getBytes(2);
            if (raw != null && new String(raw, java.nio.charset.StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                ids.add(row.getLong(1));
            }
            return Boolean.TRUE;
        }, workspace);
        int deleted = 0;
        for (long id : ids) {
            deleted += Sql.update(dataSource, "delete from quarantine where workspace = ? and id = ?", workspace, id);
        }
        return deleted;
    }
}
