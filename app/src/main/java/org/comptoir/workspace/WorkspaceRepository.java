package org.comptoir.workspace;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/** Workspaces in SQL. */
public final class WorkspaceRepository {
    private final DataSource dataSource;

    public WorkspaceRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Workspace> list() {
        return Sql.query(dataSource, "select * from workspace order by name", WorkspaceRepository::read);
    }

    private static Workspace read(java.sql.ResultSet row) throws SQLException {
        return new Workspace(row.getString("name"), row.getString("label"), row.getString("description"),
                row.getTimestamp("created_at").toInstant(), java.time.ZoneId.of(row.getString("zone")));
    }

    public Optional<Workspace> find(String name) {
        return Sql.query(dataSource, "select * from workspace where name = ?", WorkspaceRepository::read, name).stream().findFirst();
    }

    /** Inserts a new workspace; false when one with that name exists. */
    public boolean insert(Workspace workspace) {
        try {
            return Sql.update(dataSource, "insert into workspace (name, label, description, created_at, zone) values (?, ?, ?, ?, ?)",
                    workspace.name(), workspace.label(), workspace.description(), Timestamp.from(workspace.createdAt()),
                    workspace.zone().getId()) == 1;
        } catch (Sql.SqlFailure e) {
            if (e.getCause() instanceof SQLException sql && Sql.isDuplicateKey(sql)) {
                return false;
            }
            throw e;
        }
    }
}
