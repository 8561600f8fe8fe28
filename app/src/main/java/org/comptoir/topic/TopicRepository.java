package org.comptoir.topic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/** Topics in SQL, one row per (workspace, name). */
public final class TopicRepository {
    private final DataSource dataSource;

    public TopicRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Topic> list(String workspace) {
        return Sql.query(dataSource, "select * from topic where workspace = ? order by name", this::read, workspace);
    }

    public Optional<Topic> find(String workspace, String name) {
        return Sql.query(dataSource, "select * from topic where workspace = ? and name = ?", this::read, workspace, name)
                .stream().findFirst();
    }

    /** Inserts or replaces the topic. */
    public void save(Topic topic) {
        Sql.inTransaction(dataSource, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from topic where workspace = ? and name = ?")) {
                delete.setString(1, topic.workspace());
                delete.setString(2, topic.name());
                delete.executeUpdate();
            }
            insert(connection, topic);
            return null;
        });
    }

    public boolean delete(String workspace, String name) {
        return Sql.update(dataSource, "delete from topic where workspace = ? and name = ?", workspace, name) > 0;
    }

    private void insert(Connection connection, Topic topic) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into topic (workspace, name, query, description, kind, engage, created_at, updated_at, updated_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, topic.workspace());
            insert.setString(2, topic.name());
            insert.setString(3, topic.query());
            insert.setString(4, topic.description());
            insert.setString(5, topic.kind().label());
            insert.setBoolean(6, topic.engage());
            insert.setTimestamp(7, Timestamp.from(topic.createdAt()));
            insert.setTimestamp(8, Timestamp.from(topic.updatedAt()));
            insert.setString(9, topic.updatedBy());
            insert.executeUpdate();
        }
    }

    private Topic read(ResultSet row) throws SQLException {
        return new Topic(row.getString("workspace"), row.getString("name"), row.getString("query"),
                row.getString("description"), TopicKind.fromLabel(row.getString("kind")), row.getBoolean("engage"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
                row.getString("updated_by"));
    }
}
