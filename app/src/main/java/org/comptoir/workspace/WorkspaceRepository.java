package org.comptoir.workspace;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/** Workspaces in SQL. */
public final class WorkspaceRepository {
    private final DataSource dataSource;
    private final Clock clock;

    public WorkspaceRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public List<Workspace> list() {
        return Sql.query(dataSource, "select * from workspace order by name", row -> new Workspace(
                row.getString("name"), row.getString("label"), row.getString("description"),
                row.getTimestamp("created_at").toInstant()));
    }

    public Optional<Workspace> find(String name) {
        return list().stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /** Returns the workspace, creating it with the given label when it does not exist yet. */
    public Workspace ensure(String name, String label, String description) {
        Workspace.checkName(name);
        Optional<Workspace> existing = find(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        Workspace created = new Workspace(name, label == null ? name : label, description, clock.instant());
        try {
            Sql.inTransaction(dataSource, connection -> {
                try (var insert = Sql.prepare(connection,
                        "insert into workspace (name, label, description, created_at) values (?, ?, ?, ?)",
                        created.name(), created.label(), created.description(), Timestamp.from(created.createdAt()))) {
                    return insert.executeUpdate();
                }
            });
        } catch (Sql.SqlFailure e) {
            if (!(e.getCause() instanceof SQLException sql && Sql.isDuplicateKey(sql))) {
                throw e;
            }
        }
        return find(name).orElse(created);
    }
}
