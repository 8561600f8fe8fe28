package org.comptoir.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The {@code source} and {@code source_cursor} tables. */
public final class SourceRepository {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DataSource sql;

    public SourceRepository(DataSource sql) {
        this.sql = sql;
    }

    long insert(String workspace, String name, String type, ObjectNode settings, String sealed, Duration every, Instant now) {
        return Sql.inTransaction(sql, connection -> {
            try (var insert = connection.prepareStatement("insert into source (workspace, name, type, settings, sealed, every_ms, paused,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, false, ?)", new String[] {"id"})) {
                insert.setString(1, workspace);
                insert.setString(2, name);
                insert.setString(3, type);
                insert.setString(4, JSON.writeValueAsString(settings));
                insert.setString(5, sealed);
                insert.setLong(6, every.toMillis());
                insert.setTimestamp(7, Timestamp.from(now));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    long id = keys.getLong(1);
                    Sql.prepare(connection, "insert into source_health (source_id, failures) values (?, 0)", id).executeUpdate();
                    return id;
                }
            }
        });
    }

    void update(long id, String name, ObjectNode settings, String sealed, Duration every, boolean paused) {
        Sql.update(sql, "update source set name = ?, settings = ?, sealed = ?, every_ms = ?, paused = ? where id = ?",
                name, JSON.writeValueAsString(settings), sealed, every.toMillis(), paused, id);
    }

    boolean delete(long id) {
        return Sql.update(sql, "delete from source where id = ?", id) > 0;
    }

    List<Source> list(String workspace) {
        return Sql.query(sql, "select * from source where workspace = ? order by name", SourceRepository::source, workspace);
    }

    List<Source> all() {
        return Sql.query(sql, "select * from source order by id", SourceRepository::source);
    }

    Optional<Source> find(long id) {
        return Sql.query(sql, "select * from source where id = ?", SourceRepository::source, id).stream().findFirst();
    }

    Optional<String> sealed(long id) {
        return Sql.query(sql, "select sealed from source where id = ?", row -> Optional.ofNullable(row.getString(1)), id)
                .stream().findFirst().flatMap(s -> s);
    }

    Optional<String> cursor(long id) {
        return Sql.query(sql, "select position from source_cursor where source_id = ?", row -> row.getString(1), id)
                .stream().findFirst();
    }

    void saveCursor(long id, String position, Instant now) {
        if (Sql.update(sql, "update source_cursor set position = ?, updated_at = ? where source_id = ?", position, Timestamp.from(now), id) == 0) {
            Sql.update(sql, "insert into source_cursor (source_id, position, updated_at) values (?, ?, ?)", id, position, Timestamp.from(now));
        }
    }

    private static Source source(ResultSet row) throws SQLException {
        return new Source(row.getLong("id"), row.getString("workspace"), row.getString("name"), row.getString("type"),
                (ObjectNode) JSON.readTree(row.getString("settings")), Duration.ofMillis(row.getLong("every_ms")),
                row.getBoolean("paused"), row.getTimestamp("created_at").toInstant());
    }
}
